package lastuse

import (
	"fmt"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type First struct {
	ImageID     string
	SourceImage string
}

func (a *First) BuilderId() string { return BuilderID }
func (a *First) Files() []string   { return nil }
func (a *First) Id() string        { return a.ImageID }
func (a *First) String() string    { return a.ImageID }
func (a *First) Destroy() error    { return nil }

func (a *First) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return fmt.Errorf("registry image: %w", err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
