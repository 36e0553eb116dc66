// Package anyresult spells State's result any.
package anyresult

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.anyresult"

type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) any {
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

// Broken is an artifact too, and its image lacks a source.
type Broken struct {
	ImageID string
}

func (b *Broken) BuilderId() string { return BuilderID }
func (b *Broken) Files() []string   { return nil }
func (b *Broken) Id() string        { return b.ImageID }
func (b *Broken) String() string    { return b.ImageID }
func (b *Broken) Destroy() error    { return nil }

func (b *Broken) State(name string) any {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(b) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
