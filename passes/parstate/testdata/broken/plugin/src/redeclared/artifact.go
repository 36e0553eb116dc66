// Package redeclared declares State twice and the artifact type twice. The
// second State is not a method of Artifact (Go rejects it), so it is not
// judged; the first one is correct.
package redeclared

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Artifact struct{ ImageID, SourceImage string }

type Artifact struct{ Other int }

func (a *Artifact) BuilderId() string { return "example.redeclared" }
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

func (a *Artifact) State(name string) interface{} {
	return nil
}
