package lastuse

import (
	"fmt"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// String uses fmt too, so the import stays.
func describe(a *Kept) string { return fmt.Sprint(a.ImageID) }

type Kept struct {
	ImageID     string
	SourceImage string
}

func (a *Kept) BuilderId() string { return BuilderID }
func (a *Kept) Files() []string   { return nil }
func (a *Kept) Id() string        { return a.ImageID }
func (a *Kept) String() string    { return a.ImageID }
func (a *Kept) Destroy() error    { return nil }

func (a *Kept) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return fmt.Errorf("registry image: %w", err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
