// Package plain compares the key with the literal; the file imports the registry package unaliased.
package plain

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.plain"

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
	if name == "par.artifact.metadata" { // want `^key compared with the literal "par\.artifact\.metadata"`
		img, err := image.FromArtifact(a, image.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
