// Package plain needs the documented branch; the file imports the registry package unaliased.
package plain

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.plain"

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
	if name == image.ArtifactStateURI {
		img, err := image.FromArtifact(a, image.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Export never answers the key and has no source field.
type Export struct {
	Ref       string
	StateData map[string]interface{}
}

func (e *Export) BuilderId() string { return BuilderID }
func (e *Export) Files() []string   { return nil }
func (e *Export) Id() string        { return e.Ref }
func (e *Export) String() string    { return e.Ref }
func (e *Export) Destroy() error    { return nil }

func (e *Export) State(name string) interface{} { // want `^Export\.State never answers image\.ArtifactStateURI, so`
	if name == "generated_data" {
		return e.StateData[name]
	}
	return nil
}
