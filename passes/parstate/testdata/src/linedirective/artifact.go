// Package linedirective is generated code with //line directives, which
// rename lines for compiler messages: fixes edit the file as it is stored.
package linedirective

//line artifact.go.tmpl:200
import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.linedirective"

var _ = log.Printf

//line artifact.go.tmpl:10
type Artifact struct {
	ImageID     string
	SourceImage string
	Regions     []string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	if name == "wrapped" {
		return nil
	}
	return nil
}

// Wrapped returns a wrapped error.
type Wrapped struct {
	ImageID     string
	SourceImage string
}

func (w *Wrapped) BuilderId() string { return BuilderID }
func (w *Wrapped) Files() []string   { return nil }
func (w *Wrapped) Id() string        { return w.ImageID }
func (w *Wrapped) String() string    { return w.ImageID }
func (w *Wrapped) Destroy() error    { return nil }

func (w *Wrapped) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(w, registryimage.WithSourceID(w.SourceImage))
		if err != nil {
			return fmt.Errorf("registry: %w", err) // want `^State returns an error on the error path`
		}
		return img
	}
	return nil
}

// Missing never answers.
type Missing struct {
	ImageID   string
	StateData map[string]interface{}
}

func (m *Missing) BuilderId() string { return BuilderID }
func (m *Missing) Files() []string   { return nil }
func (m *Missing) Id() string        { return m.ImageID }
func (m *Missing) String() string    { return m.ImageID }
func (m *Missing) Destroy() error    { return nil }

func (m *Missing) State(name string) interface{} { // want `^Missing\.State never answers`
	return m.StateData[name]
}
