// Package helpererror builds its images in a helper that returns an error.
package helpererror

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.helpererror"

// buildImages returns nil and the error when an image fails: the caller decides.
func buildImages(a packer.Artifact, regionToID map[string]string, source string) ([]*registryimage.Image, error) {
	var images []*registryimage.Image
	for region, id := range regionToID {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithID(id),
			registryimage.WithRegion(region),
			registryimage.WithSourceID(source),
		)
		if err != nil {
			return nil, err
		}
		images = append(images, img)
	}
	return images, nil
}

// Checked checks the helper's error.
type Checked struct {
	Images      map[string]string
	SourceImage string
}

func (a *Checked) BuilderId() string { return BuilderID }
func (a *Checked) Files() []string   { return nil }
func (a *Checked) Id() string        { return "images" }
func (a *Checked) String() string    { return "images" }
func (a *Checked) Destroy() error    { return nil }

func (a *Checked) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, err := buildImages(a, a.Images, a.SourceImage)
		if err != nil {
			log.Printf("registry images: %v", err)
			return nil
		}
		return images
	}
	return nil
}

// Ignored discards the helper's error.
type Ignored struct {
	Images      map[string]string
	SourceImage string
}

func (a *Ignored) BuilderId() string { return BuilderID }
func (a *Ignored) Files() []string   { return nil }
func (a *Ignored) Id() string        { return "images" }
func (a *Ignored) String() string    { return "images" }
func (a *Ignored) Destroy() error    { return nil }

func (a *Ignored) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, _ := buildImages(a, a.Images, a.SourceImage) // want `^error from .* is (discarded|never checked)`
		return images
	}
	return nil
}

// Returned returns the helper's error.
type Returned struct {
	Images      map[string]string
	SourceImage string
}

func (a *Returned) BuilderId() string { return BuilderID }
func (a *Returned) Files() []string   { return nil }
func (a *Returned) Id() string        { return "images" }
func (a *Returned) String() string    { return "images" }
func (a *Returned) Destroy() error    { return nil }

func (a *Returned) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, err := buildImages(a, a.Images, a.SourceImage)
		if err != nil {
			return err
		}
		return images
	}
	return nil
}

// Method's helper is a method and its error is checked.
type Method struct {
	ImageID     string
	SourceImage string
}

func (a *Method) BuilderId() string { return BuilderID }
func (a *Method) Files() []string   { return nil }
func (a *Method) Id() string        { return a.ImageID }
func (a *Method) String() string    { return a.ImageID }
func (a *Method) Destroy() error    { return nil }

func (a *Method) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := a.image()
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

func (a *Method) image() (*registryimage.Image, error) {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		return nil, err
	}
	return img, nil
}
