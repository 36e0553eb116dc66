// Package fixcombined has findings on one statement whose fixes must not overlap:
// the literal key, the discarded error and the missing source image.
package fixcombined

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.fixcombined"

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
		img, _ := registryimage.FromArtifact(a) // want `^error from registryimage\.FromArtifact is discarded` `^image built by registryimage\.FromArtifact never sets SourceImageID`
		log.Printf("registry image: %v", img)
		return img
	}
	return nil
}
