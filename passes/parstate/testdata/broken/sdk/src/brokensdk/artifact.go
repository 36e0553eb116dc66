// Package brokensdk is a correct plugin built on a broken SDK.
package brokensdk

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Artifact struct {
	ImageID     string
	Region      string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return "example.brokensdk" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(a.Region),
			registryimage.WithSourceID(a.SourceImage),
		)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Literal builds the image itself; Image's fields may be broken.
type Literal struct{ ImageID string }

func (l *Literal) BuilderId() string { return "example.brokensdk" }
func (l *Literal) Files() []string   { return nil }
func (l *Literal) Id() string        { return l.ImageID }
func (l *Literal) String() string    { return l.ImageID }
func (l *Literal) Destroy() error    { return nil }

func (l *Literal) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ImageID: l.ImageID, ProviderName: "example", SourceImageID: "src"}
	}
	return nil
}
