// Package statusstruct has artifacts that answer every key, the registry key
// included, with a non-nil value: Packer decodes it into an empty image and
// the build's registry step fails.
package statusstruct

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
)

const BuilderID = "example.statusstruct"

var (
	_ packer.Artifact = (*Artifact)(nil)
	_ packer.Artifact = (*Export)(nil)
)

type buildStatus struct {
	Phase    string
	Attempts int
}

// Artifact answers every key with its status.
type Artifact struct {
	ImageID string
	status  buildStatus
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `never answers \w+\.ArtifactStateURI and returns a non-nil`
	return a.status
}

// Export answers unknown keys with an empty string.
type Export struct {
	Ref       string
	StateData map[string]interface{}
}

func (e *Export) BuilderId() string { return BuilderID }
func (e *Export) Files() []string   { return nil }
func (e *Export) Id() string        { return e.Ref }
func (e *Export) String() string    { return e.Ref }
func (e *Export) Destroy() error    { return nil }

func (e *Export) State(name string) interface{} { // want `never answers \w+\.ArtifactStateURI and returns a non-nil`
	if name == "generated_data" {
		return e.StateData[name]
	}
	return ""
}
