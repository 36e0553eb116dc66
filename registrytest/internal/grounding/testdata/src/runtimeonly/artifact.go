// Package runtimeonly holds artifacts for answers the analyzer's testdata
// does not execute: a nil image appended in a loop, a typed nil from a helper
// that guards on the artifact's data, maps with and without the image's
// fields, an error value, images that collide, labels SetLabels drops.
package runtimeonly

import (
	"errors"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.runtimeonly"

// withImage sets ImageID and errors when the region has no image.
func withImage(id string) func(*registryimage.Image) error {
	return func(img *registryimage.Image) error {
		if id == "" {
			return errors.New("no image in this region")
		}
		img.ImageID = id
		return nil
	}
}

// NilInLoop logs the error of a region without an image but appends the nil
// image anyway.
type NilInLoop struct {
	Regions     []string
	Images      map[string]string
	SourceImage string
}

func (a *NilInLoop) BuilderId() string { return BuilderID }
func (a *NilInLoop) Files() []string   { return nil }
func (a *NilInLoop) Id() string        { return "images" }
func (a *NilInLoop) String() string    { return "images" }
func (a *NilInLoop) Destroy() error    { return nil }

func (a *NilInLoop) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		var images []*registryimage.Image
		for _, region := range a.Regions {
			img, err := registryimage.FromArtifact(a, withImage(a.Images[region]),
				registryimage.WithRegion(region), registryimage.WithSourceID(a.SourceImage))
			if err != nil {
				log.Printf("[DEBUG] no image in %s: %s", region, err)
			}
			images = append(images, img)
		}
		return images
	}
	return nil
}

// GuardedHelper returns the *Image of a helper that returns nil when the
// artifact has no image ID: a typed nil.
type GuardedHelper struct {
	ImageID     string
	SourceImage string
}

func (a *GuardedHelper) BuilderId() string { return BuilderID }
func (a *GuardedHelper) Files() []string   { return nil }
func (a *GuardedHelper) Id() string        { return a.ImageID }
func (a *GuardedHelper) String() string    { return a.ImageID }
func (a *GuardedHelper) Destroy() error    { return nil }

func (a *GuardedHelper) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.image()
	}
	return nil
}

func (a *GuardedHelper) image() *registryimage.Image {
	if a.ImageID == "" {
		return nil
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// IDMap answers a map without the image's fields.
type IDMap struct {
	ImageID string
}

func (a *IDMap) BuilderId() string { return BuilderID }
func (a *IDMap) Files() []string   { return nil }
func (a *IDMap) Id() string        { return a.ImageID }
func (a *IDMap) String() string    { return a.ImageID }
func (a *IDMap) Destroy() error    { return nil }

func (a *IDMap) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return map[string]string{"id": a.ImageID}
	}
	return nil
}

// FieldMap answers a map with the image's fields, which Packer decodes like
// an Image.
type FieldMap struct {
	ImageID     string
	SourceImage string
}

func (a *FieldMap) BuilderId() string { return BuilderID }
func (a *FieldMap) Files() []string   { return nil }
func (a *FieldMap) Id() string        { return a.ImageID }
func (a *FieldMap) String() string    { return a.ImageID }
func (a *FieldMap) Destroy() error    { return nil }

func (a *FieldMap) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return map[string]string{"ImageID": a.ImageID, "ProviderName": BuilderID, "SourceImageID": a.SourceImage}
	}
	return nil
}

// NotBuilt answers an error value when there is no image.
type NotBuilt struct {
	ImageID     string
	SourceImage string
}

func (a *NotBuilt) BuilderId() string { return BuilderID }
func (a *NotBuilt) Files() []string   { return nil }
func (a *NotBuilt) Id() string        { return a.ImageID }
func (a *NotBuilt) String() string    { return a.ImageID }
func (a *NotBuilt) Destroy() error    { return nil }

func (a *NotBuilt) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		if a.ImageID == "" {
			return errors.New("the image was not built")
		}
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}

// Copies publishes one image per region but forgets WithRegion, so every
// copy has the same key.
type Copies struct {
	ImageID     string
	Regions     []string
	SourceImage string
}

func (a *Copies) BuilderId() string { return BuilderID }
func (a *Copies) Files() []string   { return nil }
func (a *Copies) Id() string        { return a.ImageID }
func (a *Copies) String() string    { return a.ImageID }
func (a *Copies) Destroy() error    { return nil }

func (a *Copies) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		var images []*registryimage.Image
		for range a.Regions {
			img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
			if err != nil {
				log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
				continue
			}
			images = append(images, img)
		}
		return images
	}
	return nil
}

// Labelled passes its tags to SetLabels, which keeps only string values.
type Labelled struct {
	ImageID     string
	SourceImage string
	Tags        map[string]interface{}
}

func (a *Labelled) BuilderId() string { return BuilderID }
func (a *Labelled) Files() []string   { return nil }
func (a *Labelled) Id() string        { return a.ImageID }
func (a *Labelled) String() string    { return a.ImageID }
func (a *Labelled) Destroy() error    { return nil }

func (a *Labelled) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage),
			registryimage.SetLabels(a.Tags))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}
