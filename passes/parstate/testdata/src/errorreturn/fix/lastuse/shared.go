package lastuse

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

var _ = log.Printf

type Shared struct {
	ImageID     string
	SourceImage string
}

func (a *Shared) BuilderId() string { return BuilderID }
func (a *Shared) Files() []string   { return nil }
func (a *Shared) Id() string        { return a.ImageID }
func (a *Shared) String() string    { return a.ImageID }
func (a *Shared) Destroy() error    { return nil }

func (a *Shared) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return fmt.Errorf("registry image: %w", err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
