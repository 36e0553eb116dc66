// Package plain returns the error and the image variable on the error path; the file imports the registry package unaliased.
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
		img, err := image.FromArtifact(a, image.WithSourceID(a.SourceImage))
		if err != nil {
			return err // want `returns .* on the error path`
		}
		return img
	}
	return nil
}

type Image struct {
	ImageID     string
	SourceImage string
}

func (i *Image) BuilderId() string { return BuilderID }
func (i *Image) Files() []string   { return nil }
func (i *Image) Id() string        { return i.ImageID }
func (i *Image) String() string    { return i.ImageID }
func (i *Image) Destroy() error    { return nil }

func (i *Image) State(name string) interface{} {
	if name == image.ArtifactStateURI {
		img, err := image.FromArtifact(i, image.WithSourceID(i.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return img // want `returns .* on the error path`
		}
		return img
	}
	return nil
}
