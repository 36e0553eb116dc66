// Package sourcefield has artifacts that know their source image but never
// pass it; with exactly one plausible field, the message names it.
package sourcefield

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.sourcefield"

// OneField has exactly one plausible field, ParentImage.
type OneField struct {
	ImageID     string
	ParentImage string
}

func (a *OneField) BuilderId() string { return BuilderID }
func (a *OneField) Files() []string   { return nil }
func (a *OneField) Id() string        { return a.ImageID }
func (a *OneField) String() string    { return a.ImageID }
func (a *OneField) Destroy() error    { return nil }

func (a *OneField) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets SourceImageID, so .*\bParentImage\b`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// TwoFields has two plausible fields, so none is named.
type TwoFields struct {
	ImageID     string
	SourceImage string
	BaseImage   string
}

func (a *TwoFields) BuilderId() string { return BuilderID }
func (a *TwoFields) Files() []string   { return nil }
func (a *TwoFields) Id() string        { return a.ImageID }
func (a *TwoFields) String() string    { return a.ImageID }
func (a *TwoFields) Destroy() error    { return nil }

func (a *TwoFields) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// InStateData has its source image in state data only.
type InStateData struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *InStateData) BuilderId() string { return BuilderID }
func (a *InStateData) Files() []string   { return nil }
func (a *InStateData) Id() string        { return a.ImageID }
func (a *InStateData) String() string    { return a.ImageID }
func (a *InStateData) Destroy() error    { return nil }

func (a *InStateData) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
