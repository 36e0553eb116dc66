// Package loops builds one image per region in a loop: a failed call whose
// nil image is appended fails the build's HCP Packer step.
package loops

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID      string
	Source  string
	Regions []string
}

func (b *base) BuilderId() string { return "example.loops" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// LogOnly logs the error and appends the image anyway.
type LogOnly struct{ base }

func (a *LogOnly) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	var images []*registryimage.Image
	for _, r := range a.Regions {
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(r), registryimage.WithSourceID(a.Source)) // want `^a failed registryimage\.FromArtifact appends a nil image: Packer decodes it into an empty image and fails the build's HCP Packer step`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		}
		images = append(images, img)
	}
	return images
}

// Overwritten checks the error after the loop: the next iteration
// overwrites a failed call's error.
type Overwritten struct{ base }

func (a *Overwritten) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	var images []*registryimage.Image
	var err error
	for _, r := range a.Regions {
		var img *registryimage.Image
		img, err = registryimage.FromArtifact(a, registryimage.WithRegion(r), registryimage.WithSourceID(a.Source)) // want `^a failed registryimage\.FromArtifact appends a nil image`
		images = append(images, img)
	}
	if err != nil {
		return nil
	}
	return images
}

// Skips skips a failed region: a legitimate policy.
type Skips struct{ base }

func (a *Skips) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	var images []*registryimage.Image
	for _, r := range a.Regions {
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(r), registryimage.WithSourceID(a.Source))
		if err != nil {
			log.Printf("[DEBUG] skipping region %s: %s", r, err)
			continue
		}
		images = append(images, img)
	}
	return images
}

// Stops returns nil on the first failure.
type Stops struct{ base }

func (a *Stops) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	images := make([]*registryimage.Image, 0, len(a.Regions))
	for _, r := range a.Regions {
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(r), registryimage.WithSourceID(a.Source))
		if err != nil {
			return nil
		}
		images = append(images, img)
	}
	return images
}
