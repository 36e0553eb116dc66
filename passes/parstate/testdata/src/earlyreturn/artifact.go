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
