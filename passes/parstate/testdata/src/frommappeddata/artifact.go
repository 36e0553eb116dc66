// Package frommappeddata builds its images with FromMappedData.
package frommappeddata

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.frommappeddata"

// Artifact's callback checks its type assertions and uses FromArtifact.
type Artifact struct {
	// Amis maps region to AMI ID.
	Amis      map[string]string
	SourceAMI string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return "amis" }
func (a *Artifact) String() string    { return "amis" }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, err := registryimage.FromMappedData(a.Amis, func(k, v interface{}) (*registryimage.Image, error) {
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
				registryimage.WithSourceID(a.SourceAMI),
			)
		})
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry images: %s", err)
			return nil
		}
		return images
	}
	return nil
}

// Literal's callback, a function variable, returns a composite literal.
type Literal struct {
	Images      map[string]string
	SourceImage string
}

func (l *Literal) BuilderId() string { return BuilderID }
func (l *Literal) Files() []string   { return nil }
func (l *Literal) Id() string        { return "images" }
func (l *Literal) String() string    { return "images" }
func (l *Literal) Destroy() error    { return nil }

func (l *Literal) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	build := func(k, v interface{}) (*registryimage.Image, error) {
		zone, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("unexpected zone %v", k)
		}
		id, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("unexpected image ID %v", v)
		}
		return &registryimage.Image{
			ImageID:        id,
			ProviderName:   BuilderID,
			ProviderRegion: zone,
			SourceImageID:  l.SourceImage,
		}, nil
	}
	images, err := registryimage.FromMappedData(l.Images, build)
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry images: %s", err)
		return nil
	}
	return images
}

// Unchecked's callback asserts without checking: a key or value of another
// type panics the plugin.
type Unchecked struct {
	Snapshots   map[string]string
	SourceImage string
}

func (u *Unchecked) BuilderId() string { return BuilderID }
func (u *Unchecked) Files() []string   { return nil }
func (u *Unchecked) Id() string        { return "snapshots" }
func (u *Unchecked) String() string    { return "snapshots" }
func (u *Unchecked) Destroy() error    { return nil }

func (u *Unchecked) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, err := registryimage.FromMappedData(u.Snapshots, func(k, v interface{}) (*registryimage.Image, error) {
			region := k.(string) // want `^unchecked type assertion k\.\(string\) on the registry path`
			id := v.(string)     // want `^unchecked type assertion v\.\(string\) on the registry path`
			return registryimage.FromArtifact(u,
				registryimage.WithID(id),
				registryimage.WithRegion(region),
				registryimage.WithSourceID(u.SourceImage),
			)
		})
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry images: %s", err)
			return nil
		}
		return images
	}
	return nil
}
