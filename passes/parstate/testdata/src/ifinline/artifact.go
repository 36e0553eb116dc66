// Package ifinline answers the registry key with an inline if.
package ifinline

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.ifinline"

// Artifact follows the documented pattern.
type Artifact struct {
	ImageName   string
	Region      string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageName }
func (a *Artifact) String() string    { return fmt.Sprintf("image %s in %s", a.ImageName, a.Region) }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(a.Region),
			registryimage.WithSourceID(a.SourceImage),
			registryimage.SetLabels(a.StateData),
		)
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Snapshot answers the key inline but drops the source image.
type Snapshot struct {
	SnapshotID string
	StateData  map[string]interface{}
}

func (s *Snapshot) BuilderId() string { return BuilderID }
func (s *Snapshot) Files() []string   { return nil }
func (s *Snapshot) Id() string        { return s.SnapshotID }
func (s *Snapshot) String() string    { return "snapshot " + s.SnapshotID }
func (s *Snapshot) Destroy() error    { return nil }

func (s *Snapshot) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(s) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	} else if name == "generated_data" {
		return s.StateData["generated_data"]
	}
	return nil
}
