// Package fieldkinds has source fields that a fix must not pass as they are:
// one of a named string type (passed converted), one hidden by a method, one
// ambiguous between two embedded structs, and an image family, which is not
// an image ID.
package fieldkinds

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.fieldkinds"

type AMIID string

// Named's source AMI has a named string type: the fix converts it.
type Named struct {
	ImageID   string
	SourceAMI AMIID
}

func (a *Named) BuilderId() string { return BuilderID }
func (a *Named) Files() []string   { return nil }
func (a *Named) Id() string        { return a.ImageID }
func (a *Named) String() string    { return a.ImageID }
func (a *Named) Destroy() error    { return nil }

func (a *Named) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `; pass registryimage\.WithSourceID\(string\(a\.SourceAMI\)\)$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

type Config struct{ SourceImage string }

// Hidden's promoted SourceImage field is hidden by a method of that name.
type Hidden struct {
	Config
	ImageID string
}

func (h *Hidden) SourceImage() string { return h.Config.SourceImage }
func (h *Hidden) BuilderId() string   { return BuilderID }
func (h *Hidden) Files() []string     { return nil }
func (h *Hidden) Id() string          { return h.ImageID }
func (h *Hidden) String() string      { return h.ImageID }
func (h *Hidden) Destroy() error      { return nil }

func (h *Hidden) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(h) // want `; pass registryimage\.WithSourceID with the source image's ID$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

type Other struct{ SourceImage string }

// Ambiguous has SourceImage from two embedded structs at the same depth.
type Ambiguous struct {
	Config
	Other
	ImageID string
}

func (a *Ambiguous) BuilderId() string { return BuilderID }
func (a *Ambiguous) Files() []string   { return nil }
func (a *Ambiguous) Id() string        { return a.ImageID }
func (a *Ambiguous) String() string    { return a.ImageID }
func (a *Ambiguous) Destroy() error    { return nil }

func (a *Ambiguous) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `; pass registryimage\.WithSourceID with the source image's ID$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Family has only an image family and the image's project.
type Family struct {
	ImageID              string
	SourceImageFamily    string
	SourceImageProjectID string
}

func (f *Family) BuilderId() string { return BuilderID }
func (f *Family) Files() []string   { return nil }
func (f *Family) Id() string        { return f.ImageID }
func (f *Family) String() string    { return f.ImageID }
func (f *Family) Destroy() error    { return nil }

func (f *Family) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(f) // want `\(no field clearly holds it; candidates: f\.SourceImageFamily, f\.SourceImageProjectID\)$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
