// Package sourceid sets SourceImageID per image: an assignment to one image
// does not cover another, and an option that sets it to "" sets nothing.
package sourceid

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID, Region, Backup string
}

func (b *base) BuilderId() string { return "example.sourceid" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// Two builds two images and sets the source of the first only.
type Two struct {
	base
	SourceImage string
}

func (a *Two) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	primary, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	primary.SourceImageID = a.SourceImage
	backup, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Backup)) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return []*registryimage.Image{primary, backup}
}

// Placeholder passes an empty source ID, and an option of its own that
// reads the field without setting it.
type Placeholder struct{ base }

func keepSource(img *registryimage.Image) error {
	log.Printf("source %q", img.SourceImageID)
	return nil
}

func (a *Placeholder) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(""), keepSource) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}
