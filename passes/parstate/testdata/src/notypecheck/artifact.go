// Package notypecheck does not type-check: the analyzer must not panic.
package notypecheck

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
)

const BuilderID = "example.notypecheck"

var _ packer.Artifact = (*Artifact)(nil)

// Artifact uses the registry package without importing it.
type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
