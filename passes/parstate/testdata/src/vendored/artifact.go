// Package vendored gets the SDK from its vendor directory: the import path
// seen by the type checker is vendored/vendor/github.com/hashicorp/...
package vendored

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.vendored"

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

// Broken drops the error.
type Broken struct {
	ImageID     string
	SourceImage string
}

func (b *Broken) BuilderId() string { return BuilderID }
func (b *Broken) Files() []string   { return nil }
func (b *Broken) Id() string        { return b.ImageID }
func (b *Broken) String() string    { return b.ImageID }
func (b *Broken) Destroy() error    { return nil }

func (b *Broken) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(b, registryimage.WithSourceID(b.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
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

func (m *Missing) State(name string) interface{} { // want `^Missing\.State never answers registryimage\.ArtifactStateURI, so`
	return m.StateData[name]
}
