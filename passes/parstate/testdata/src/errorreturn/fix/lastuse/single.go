package lastuse

import "fmt"

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Single struct {
	ImageID     string
	SourceImage string
}

func (a *Single) BuilderId() string { return BuilderID }
func (a *Single) Files() []string   { return nil }
func (a *Single) Id() string        { return a.ImageID }
func (a *Single) String() string    { return a.ImageID }
func (a *Single) Destroy() error    { return nil }

func (a *Single) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return fmt.Errorf("registry image: %w", err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
