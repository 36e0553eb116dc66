// Package errorpath returns something other than a plain nil on the error
// path: Packer then receives a value it cannot use instead of skipping the
// artifact.
package errorpath

import (
	"log"
	"os"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.errorreturn"

// ReturnsError returns the error.
type ReturnsError struct {
	ImageID     string
	SourceImage string
}

func (a *ReturnsError) BuilderId() string { return BuilderID }
func (a *ReturnsError) Files() []string   { return nil }
func (a *ReturnsError) Id() string        { return a.ImageID }
func (a *ReturnsError) String() string    { return a.ImageID }
func (a *ReturnsError) Destroy() error    { return nil }

func (a *ReturnsError) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return err // want `returns .* on the error path`
		}
		return img
	}
	return nil
}

// ReturnsImage returns the image variable, a nil *Image, on the error path.
type ReturnsImage struct {
	ImageID     string
	SourceImage string
}

func (a *ReturnsImage) BuilderId() string { return BuilderID }
func (a *ReturnsImage) Files() []string   { return nil }
func (a *ReturnsImage) Id() string        { return a.ImageID }
func (a *ReturnsImage) String() string    { return a.ImageID }
func (a *ReturnsImage) Destroy() error    { return nil }

func (a *ReturnsImage) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return img // want `returns .* on the error path`
		}
		return img
	}
	return nil
}

// ReturnsTypedNil returns a typed nil.
type ReturnsTypedNil struct {
	ImageID     string
	SourceImage string
}

func (a *ReturnsTypedNil) BuilderId() string { return BuilderID }
func (a *ReturnsTypedNil) Files() []string   { return nil }
func (a *ReturnsTypedNil) Id() string        { return a.ImageID }
func (a *ReturnsTypedNil) String() string    { return a.ImageID }
func (a *ReturnsTypedNil) Destroy() error    { return nil }

func (a *ReturnsTypedNil) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return (*registryimage.Image)(nil) // want `returns .* on the error path`
		}
		return img
	}
	return nil
}

// ReturnsEmptySlice returns a non-nil empty slice.
type ReturnsEmptySlice struct {
	Regions     []string
	SourceImage string
}

func (a *ReturnsEmptySlice) BuilderId() string { return BuilderID }
func (a *ReturnsEmptySlice) Files() []string   { return nil }
func (a *ReturnsEmptySlice) Id() string        { return "images" }
func (a *ReturnsEmptySlice) String() string    { return "images" }
func (a *ReturnsEmptySlice) Destroy() error    { return nil }

func (a *ReturnsEmptySlice) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		var images []*registryimage.Image
		for _, region := range a.Regions {
			img, err := registryimage.FromArtifact(a,
				registryimage.WithRegion(region),
				registryimage.WithSourceID(a.SourceImage),
			)
			if err != nil {
				log.Printf("registry image: %v", err)
				return []*registryimage.Image{} // want `returns .* on the error path`
			}
			images = append(images, img)
		}
		return images
	}
	return nil
}

// ReturnsNil does it right.
type ReturnsNil struct {
	ImageID     string
	SourceImage string
}

func (a *ReturnsNil) BuilderId() string { return BuilderID }
func (a *ReturnsNil) Files() []string   { return nil }
func (a *ReturnsNil) Id() string        { return a.ImageID }
func (a *ReturnsNil) String() string    { return a.ImageID }
func (a *ReturnsNil) Destroy() error    { return nil }

func (a *ReturnsNil) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Reused answers another key with an err variable that the registry branch
// also uses: that key's error path is not on the registry path.
type Reused struct {
	ImageID     string
	SourceImage string
	ManifestDir string
}

func (a *Reused) BuilderId() string { return BuilderID }
func (a *Reused) Files() []string   { return nil }
func (a *Reused) Id() string        { return a.ImageID }
func (a *Reused) String() string    { return a.ImageID }
func (a *Reused) Destroy() error    { return nil }

func (a *Reused) State(name string) interface{} {
	var img *registryimage.Image
	var err error
	switch name {
	case registryimage.ArtifactStateURI:
		img, err = registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	case "manifest":
		var entries []os.DirEntry
		entries, err = os.ReadDir(a.ManifestDir)
		if err != nil {
			return err
		}
		return entries
	case "checked":
		if err != nil {
			return err
		}
	}
	return nil
}

// Shapes reaches the error path in an if's init, a var declaration, and
// after a conditional write of err, in helpers whose result State returns.
type Shapes struct {
	ImageID     string
	SourceImage string
	Mode        int
	Strict      bool
}

func (a *Shapes) BuilderId() string { return BuilderID }
func (a *Shapes) Files() []string   { return nil }
func (a *Shapes) Id() string        { return a.ImageID }
func (a *Shapes) String() string    { return a.ImageID }
func (a *Shapes) Destroy() error    { return nil }

func (a *Shapes) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	switch a.Mode {
	case 0:
		return a.ifInit()
	case 1:
		return a.declared()
	}
	return a.validated()
}

func (a *Shapes) ifInit() interface{} {
	if img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)); err != nil {
		return err // want `^ifInit returns the error on the error path of registryimage\.FromArtifact`
	} else {
		return img
	}
}

func (a *Shapes) declared() interface{} {
	var img, err = registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		return err // want `^declared returns the error on the error path of registryimage\.FromArtifact`
	}
	return img
}

func (a *Shapes) validated() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err == nil && a.Strict {
		err = img.Validate()
	}
	if err != nil {
		return err // want `^validated returns the error on the error path of registryimage\.FromArtifact`
	}
	return img
}
