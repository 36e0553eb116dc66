// Package discarded drops the error of FromArtifact or FromMappedData.
package discarded

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.errorignored"

// Discarded discards the error with _, as Packer's null builder does.
type Discarded struct {
	ImageID     string
	SourceImage string
}

func (a *Discarded) BuilderId() string { return BuilderID }
func (a *Discarded) Files() []string   { return nil }
func (a *Discarded) Id() string        { return a.ImageID }
func (a *Discarded) String() string    { return a.ImageID }
func (a *Discarded) Destroy() error    { return nil }

func (a *Discarded) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	return nil
}

// Logged logs the error but never checks it, so a nil image goes back.
type Logged struct {
	ImageID     string
	SourceImage string
}

func (a *Logged) BuilderId() string { return BuilderID }
func (a *Logged) Files() []string   { return nil }
func (a *Logged) Id() string        { return a.ImageID }
func (a *Logged) String() string    { return a.ImageID }
func (a *Logged) Destroy() error    { return nil }

func (a *Logged) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		log.Printf("[TRACE] registry image %v (error: %v)", img, err)
		return img
	}
	return nil
}

// Overwritten assigns err again before checking it.
type Overwritten struct {
	ImageID     string
	SourceImage string
	Tags        map[string]interface{}
}

func (a *Overwritten) BuilderId() string { return BuilderID }
func (a *Overwritten) Files() []string   { return nil }
func (a *Overwritten) Id() string        { return a.ImageID }
func (a *Overwritten) String() string    { return a.ImageID }
func (a *Overwritten) Destroy() error    { return nil }

func (a *Overwritten) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		labels, err := a.labels()
		if err != nil {
			log.Printf("registry labels: %v", err)
			return nil
		}
		img.Labels = labels
		return img
	}
	return nil
}

func (a *Overwritten) labels() (map[string]string, error) {
	labels := map[string]string{}
	for k, v := range a.Tags {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("tag %s is not a string", k)
		}
		labels[k] = s
	}
	return labels, nil
}

// Mapped discards the error of FromMappedData.
type Mapped struct {
	Images      map[string]string
	SourceImage string
}

func (a *Mapped) BuilderId() string { return BuilderID }
func (a *Mapped) Files() []string   { return nil }
func (a *Mapped) Id() string        { return "images" }
func (a *Mapped) String() string    { return "images" }
func (a *Mapped) Destroy() error    { return nil }

func (a *Mapped) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, _ := registryimage.FromMappedData(a.Images, func(k, v interface{}) (*registryimage.Image, error) { // want `^error from registryimage\.FromMappedData is discarded`
			region, ok := k.(string)
			if !ok {
				return nil, fmt.Errorf("unexpected region %v", k)
			}
			id, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("unexpected image ID %v", v)
			}
			return registryimage.FromArtifact(a,
				registryimage.WithID(id),
				registryimage.WithRegion(region),
				registryimage.WithSourceID(a.SourceImage),
			)
		})
		return images
	}
	return nil
}
