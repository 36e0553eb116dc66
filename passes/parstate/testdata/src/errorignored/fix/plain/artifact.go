// Package plain discards FromArtifact's error; the file imports the registry package unaliased and log.
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
	if name == image.ArtifactStateURI {
		img, _ := image.FromArtifact(a, image.WithSourceID(a.SourceImage)) // want `^error from image\.FromArtifact is discarded`
		log.Printf("registry image: %v", img)
		return img
	}
	return nil
}
