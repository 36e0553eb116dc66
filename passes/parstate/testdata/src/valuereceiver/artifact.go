// Package valuereceiver declares artifacts with value receivers, and one with
// a value-receiver State next to pointer-receiver methods.
package valuereceiver

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.valuereceiver"

type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a Artifact) BuilderId() string { return BuilderID }
func (a Artifact) Files() []string   { return nil }
func (a Artifact) Id() string        { return a.ImageID }
func (a Artifact) String() string    { return a.ImageID }
func (a Artifact) Destroy() error    { return nil }

func (a Artifact) State(name string) interface{} {
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

// Export has value receivers and never answers the key.
type Export struct {
	Ref       string
	StateData map[string]interface{}
}

func (e Export) BuilderId() string { return BuilderID }
func (e Export) Files() []string   { return nil }
func (e Export) Id() string        { return e.Ref }
func (e Export) String() string    { return e.Ref }
func (e Export) Destroy() error    { return nil }

func (e Export) State(name string) interface{} { // want `^Export\.State never answers registryimage\.ArtifactStateURI, so`
	return e.StateData[name]
}

// Mixed has pointer receivers except State: only *Mixed is an artifact, and
// its State is checked.
type Mixed struct {
	ImageID string
}

func (m *Mixed) BuilderId() string { return BuilderID }
func (m *Mixed) Files() []string   { return nil }
func (m *Mixed) Id() string        { return m.ImageID }
func (m *Mixed) String() string    { return m.ImageID }
func (m *Mixed) Destroy() error    { return nil }

func (m Mixed) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(&m) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
