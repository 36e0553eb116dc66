package lastuse

import (
	"log"

	"errors"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

var _ = log.Printf

type Middle struct {
	ImageID     string
	SourceImage string
}

func (a *Middle) BuilderId() string { return BuilderID }
func (a *Middle) Files() []string   { return nil }
func (a *Middle) Id() string        { return a.ImageID }
func (a *Middle) String() string    { return a.ImageID }
func (a *Middle) Destroy() error    { return nil }

func (a *Middle) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return errors.Join(errors.New("registry image"), err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
