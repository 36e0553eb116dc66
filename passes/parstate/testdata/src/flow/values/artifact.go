// Package values answers the URI with values of every kind Packer's decoder
// meets, followed through variables and same-package calls: a finding
// states what Packer does with each.
package values

import (
	"errors"
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID     string
	Source string
	Region string
}

func (b *base) BuilderId() string { return "example.values" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// MapImage answers a map with the keys an Image has: it decodes like one.
type MapImage struct{ base }

func (a *MapImage) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return map[string]interface{}{"ImageID": a.ID, "ProviderName": "example", "SourceImageID": a.Source}
	}
	return nil
}

// Slice answers a []interface{} of images: it decodes fine.
type Slice struct{ base }

func (a *Slice) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		if err != nil {
			return nil
		}
		out := []interface{}{img}
		return out
	}
	return nil
}

// MapID answers a map without ImageID, through a variable.
type MapID struct{ base }

func (a *MapID) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		md := map[string]string{"id": a.ID}
		return md // want `^State returns a non-nil map\[string\]string for registryimage\.ArtifactStateURI: Packer decodes it into an image with no ImageID and fails the build's HCP Packer step`
	}
	return nil
}

type status struct {
	Ready bool
	ID    string
}

// Status answers a status struct from a helper.
type Status struct{ base }

func (a *Status) status() status {
	return status{Ready: true, ID: a.ID} // want `^status returns a non-nil status for registryimage\.ArtifactStateURI: Packer decodes it into an image with no ImageID and fails the build.s HCP Packer step`
}

func (a *Status) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.status()
	}
	return nil
}

// Str answers the ID as a string.
type Str struct{ base }

func (a *Str) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		id := a.ID
		return id // want `^State returns a non-nil string for registryimage\.ArtifactStateURI: Packer cannot decode it as registry images, logs a warning and publishes nothing`
	}
	return nil
}

// Err answers an error value.
type Err struct{ base }

func (a *Err) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return errors.New("not supported yet") // want `^State returns a non-nil error for registryimage\.ArtifactStateURI: RPC sends an error value as an empty map, so Packer publishes no image and says nothing`
	}
	return nil
}

func (a *base) image(self packer.Artifact) *registryimage.Image {
	img, err := registryimage.FromArtifact(self, registryimage.WithSourceID(a.Source))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func (a *base) outer(self packer.Artifact) *registryimage.Image {
	return a.image(self)
}

// TypedVar returns a helper's typed nil through a variable.
type TypedVar struct{ base }

func (a *TypedVar) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img := a.image(a)
		return img // want `^State returns the \*registryimage\.Image of image, which is nil when building the image fails: a typed nil`
	}
	return nil
}

// TypedDeep returns it through two helpers.
type TypedDeep struct{ base }

func (a *TypedDeep) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.outer(a) // want `^State returns the \*registryimage\.Image of image, which is nil when building the image fails: a typed nil`
	}
	return nil
}

// Checked checks the helper's result for nil first.
type Checked struct{ base }

func (a *Checked) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img := a.image(a)
		if img == nil {
			return nil
		}
		return img
	}
	return nil
}
