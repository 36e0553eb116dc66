// Package andcondition answers the registry key under a condition joined with &&.
package andcondition

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.andcondition"

type Artifact struct {
	ImageID      string
	SourceImage  string
	PublishToHCP bool
	StateData    map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI && a.PublishToHCP {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Image puts the key comparison second; its image lacks a source.
type Image struct {
	ID        string
	Publish   bool
	StateData map[string]interface{}
}

func (i *Image) BuilderId() string { return BuilderID }
func (i *Image) Files() []string   { return nil }
func (i *Image) Id() string        { return i.ID }
func (i *Image) String() string    { return i.ID }
func (i *Image) Destroy() error    { return nil }

func (i *Image) State(name string) interface{} {
	if i.Publish && name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(i) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return i.StateData[name]
}
