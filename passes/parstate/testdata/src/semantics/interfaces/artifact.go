// Package interfaces builds the image behind an interface method that
// State calls; the package declares the implementations. The registry path
// goes into every implementation the package declares: an error only logged
// in one of them is reported, the others are silent.
package interfaces

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.interfaces" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// An imager builds an artifact's registry image.
type imager interface {
	image(a packer.Artifact, source string) interface{}
}

type checked struct{}

func (checked) image(a packer.Artifact, source string) interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(source))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

type logged struct{ region string }

func (l *logged) image(a packer.Artifact, source string) interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(source), registryimage.WithRegion(l.region)) // want `^error from registryimage\.FromArtifact is never checked`
	log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
	return img
}

// Field calls the imager held in a field.
type Field struct {
	base
	imager imager
}

func (a *Field) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.imager.image(a, a.SourceImage)
	}
	return a.StateData[name]
}

// A builder builds an image and returns the error for State to check.
type builder interface {
	build(a packer.Artifact) (*registryimage.Image, error)
}

type plain struct{ source string }

func (p plain) build(a packer.Artifact) (*registryimage.Image, error) {
	return registryimage.FromArtifact(a, registryimage.WithSourceID(p.source))
}

type labelled struct{ source string }

func (l labelled) build(a packer.Artifact) (*registryimage.Image, error) {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(l.source)) // want `^error from registryimage\.FromArtifact is never checked`
	log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
	if img != nil {
		img.Labels["source"] = l.source
	}
	return img, nil
}

// Local picks the builder in State and checks the error it returns.
type Local struct {
	base
	Labels map[string]interface{}
}

func (a *Local) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	var b builder = plain{source: a.SourceImage}
	if len(a.Labels) > 0 {
		b = labelled{source: a.SourceImage}
	}
	img, err := b.build(a)
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}
