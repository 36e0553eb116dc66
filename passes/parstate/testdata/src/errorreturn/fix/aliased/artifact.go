// Package aliased returns the error and the image variable on the error path; the file imports the registry package as registryimage.
package aliased

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.aliased"

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
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(i, registryimage.WithSourceID(i.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return img // want `returns .* on the error path`
		}
		return img
	}
	return nil
}
