package lastuse

import (
	"fmt"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Untested returns the wrapped error, its only use, on the error path
// after an if that returns the image when err is nil: no if that tests the
// error encloses that return, yet deleting it leaves wrapped unused.
type Untested struct{ ImageID, SourceImage string }

func (a *Untested) BuilderId() string { return BuilderID }
func (a *Untested) Files() []string   { return nil }
func (a *Untested) Id() string        { return a.ImageID }
func (a *Untested) String() string    { return a.ImageID }
func (a *Untested) Destroy() error    { return nil }

func (a *Untested) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	wrapped := fmt.Errorf("registry image: %w", err)
	if err == nil {
		return img
	}
	return wrapped // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
}
