// Package earlyreturn returns early for every other key, then builds the image.
package earlyreturn

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.earlyreturn"

type Artifact struct {
	ImageID     string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Disk returns early with the operands reversed; the code after it is the
// registry path, and its image lacks a source.
type Disk struct {
	DiskID    string
	StateData map[string]interface{}
}

func (d *Disk) BuilderId() string { return BuilderID }
func (d *Disk) Files() []string   { return nil }
func (d *Disk) Id() string        { return d.DiskID }
func (d *Disk) String() string    { return d.DiskID }
func (d *Disk) Destroy() error    { return nil }

func (d *Disk) State(name string) interface{} {
	if registryimage.ArtifactStateURI != name {
		return d.StateData[name]
	}
	img, err := registryimage.FromArtifact(d) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// ElseIf returns early from the end of an if-else-if chain; the registry
// code follows the chain.
type ElseIf struct {
	ImageID     string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *ElseIf) BuilderId() string { return BuilderID }
func (a *ElseIf) Files() []string   { return nil }
func (a *ElseIf) Id() string        { return a.ImageID }
func (a *ElseIf) String() string    { return a.ImageID }
func (a *ElseIf) Destroy() error    { return nil }

func (a *ElseIf) State(name string) interface{} {
	if name == "generated_data" {
		return a.StateData[name]
	} else if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
	return img
}

// Tagless returns early from a case of a tagless switch; the registry code
// follows the switch.
type Tagless struct{ ElseIf }

func (t *Tagless) State(name string) interface{} {
	switch {
	case name != registryimage.ArtifactStateURI:
		return t.StateData[name]
	}
	img, _ := registryimage.FromArtifact(t, registryimage.WithSourceID(t.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
	return img
}

// Defaulted sends the key to the default of a tagless switch.
type Defaulted struct{ ElseIf }

func (d *Defaulted) State(name string) interface{} {
	switch {
	case name != registryimage.ArtifactStateURI:
		return d.StateData[name]
	default:
		img, _ := registryimage.FromArtifact(d, registryimage.WithSourceID(d.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
}
