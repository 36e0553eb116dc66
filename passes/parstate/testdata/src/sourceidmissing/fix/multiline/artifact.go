// Package multiline passes its options on several lines with a trailing comma.
package multiline

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.multiline"

type Artifact struct {
	ImageID       string
	Region        string
	ParentImageID string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
			registryimage.WithID(a.ImageID),
			registryimage.WithRegion(a.Region),
		)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
