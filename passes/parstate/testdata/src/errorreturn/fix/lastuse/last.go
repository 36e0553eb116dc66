package lastuse

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	pkgerrors "errors" // a comment after the import
)

type Last struct {
	ImageID     string
	SourceImage string
}

func (a *Last) BuilderId() string { return BuilderID }
func (a *Last) Files() []string   { return nil }
func (a *Last) Id() string        { return a.ImageID }
func (a *Last) String() string    { return a.ImageID }
func (a *Last) Destroy() error    { return nil }

func (a *Last) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return pkgerrors.New("registry image: " + err.Error()) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
