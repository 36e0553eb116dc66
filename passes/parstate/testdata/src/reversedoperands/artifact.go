// Package reversedoperands compares the constant with the key, constant first.
package reversedoperands

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.reversed"

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
	if registryimage.ArtifactStateURI == name {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Template is found through the reversed comparison too: its image lacks a source.
type Template struct {
	TemplateID string
}

func (t *Template) BuilderId() string { return BuilderID }
func (t *Template) Files() []string   { return nil }
func (t *Template) Id() string        { return t.TemplateID }
func (t *Template) String() string    { return t.TemplateID }
func (t *Template) Destroy() error    { return nil }

func (t *Template) State(name string) interface{} {
	if registryimage.ArtifactStateURI == name {
		img, err := registryimage.FromArtifact(t) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
