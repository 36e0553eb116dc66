// Package dotimport dot-imports the registry package.
package dotimport

import (
	"log"

	. "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.dotimport"

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
	if name == ArtifactStateURI {
		img, err := FromArtifact(a, WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Broken drops the source image.
type Broken struct {
	ImageID string
}

func (b *Broken) BuilderId() string { return BuilderID }
func (b *Broken) Files() []string   { return nil }
func (b *Broken) Id() string        { return b.ImageID }
func (b *Broken) String() string    { return b.ImageID }
func (b *Broken) Destroy() error    { return nil }

func (b *Broken) State(name string) interface{} {
	if name == ArtifactStateURI {
		img, err := FromArtifact(b) // want `^image built by (\w+\.)?FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Missing never answers the key.
type Missing struct {
	ImageID   string
	StateData map[string]interface{}
}

func (m *Missing) BuilderId() string { return BuilderID }
func (m *Missing) Files() []string   { return nil }
func (m *Missing) Id() string        { return m.ImageID }
func (m *Missing) String() string    { return "missing" }
func (m *Missing) Destroy() error    { return nil }

func (m *Missing) State(name string) interface{} { // want `^Missing\.State never answers (\w+\.)?ArtifactStateURI, so`
	return m.StateData[name]
}
