// Package missingimport imports a package that does not exist; the SDK
// parts still type-check, so the findings on them stand.
package missingimport

import (
	"example.com/does/not/exist"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Artifact struct {
	ImageID string
}

func (a *Artifact) BuilderId() string { return "example.missingimport" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, exist.SourceOption(a))
		if err != nil {
			return nil
		}
		return img
	}
	return exist.Fallback(name)
}
