// Package twofields has two plausible source fields, or none: no fix, the message says what
// to write.
package twofields

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.twofields"

type Artifact struct {
	ImageID     string
	SourceImage string
	BaseImage   string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// NoField has no plausible source field.
type NoField struct {
	ImageID string
}

func (n *NoField) BuilderId() string { return BuilderID }
func (n *NoField) Files() []string   { return nil }
func (n *NoField) Id() string        { return n.ImageID }
func (n *NoField) String() string    { return n.ImageID }
func (n *NoField) Destroy() error    { return nil }

func (n *NoField) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(n) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
