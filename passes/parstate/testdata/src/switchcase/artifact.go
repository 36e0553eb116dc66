// Package switchcase answers the registry key in a switch case, next to
// "generated_data" and a default.
package switchcase

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.switchcase"

type Artifact struct {
	ImageID     string
	Zone        string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	switch name {
	case "generated_data":
		return a.StateData["generated_data"]
	case registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(a.Zone),
			registryimage.WithSourceID(a.SourceImage),
		)
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	default:
		return nil
	}
}

// Volume uses a tagless switch; the case is found and its image lacks a source.
type Volume struct {
	VolumeID  string
	StateData map[string]interface{}
}

func (v *Volume) BuilderId() string { return BuilderID }
func (v *Volume) Files() []string   { return nil }
func (v *Volume) Id() string        { return v.VolumeID }
func (v *Volume) String() string    { return v.VolumeID }
func (v *Volume) Destroy() error    { return nil }

func (v *Volume) State(name string) interface{} {
	switch {
	case name == "generated_data":
		return v.StateData[name]
	case name == registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(v) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}
