// Package aliased needs the documented branch; the file imports the registry package as registryimage.
package aliased

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.aliased"

// Artifact answers the key; it is why the file imports the registry package.
type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
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

// Snapshot never answers the key; SourceImage is its one plausible source field.
type Snapshot struct {
	SnapshotID  string
	SourceImage string
	StateData   map[string]interface{}
}

func (s *Snapshot) BuilderId() string { return BuilderID }
func (s *Snapshot) Files() []string   { return nil }
func (s *Snapshot) Id() string        { return s.SnapshotID }
func (s *Snapshot) String() string    { return s.SnapshotID }
func (s *Snapshot) Destroy() error    { return nil }

func (s *Snapshot) State(name string) interface{} { // want `^Snapshot\.State never answers registryimage\.ArtifactStateURI, so`
	return s.StateData[name]
}
