// Package crosspackage builds its image in another package: parstate does not
// report on code it cannot see, nor on the error of another package's helper.
package crosspackage

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"crosspackage/imageutil"
)

const BuilderID = "example.crosspackage"

type Artifact struct {
	ImageID string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := imageutil.Build(a)
		if img == nil {
			return nil
		}
		return img
	}
	return nil
}
