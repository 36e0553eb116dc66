// Package deliberatenil answers the registry key with an explicit nil: a
// deliberate opt-out, not a finding.
package deliberatenil

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.deliberatenil"

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return nil // not supported yet
	}
	return a.StateData[name]
}

// Export opts out in a switch case.
type Export struct {
	Path      string
	StateData map[string]interface{}
}

func (e *Export) BuilderId() string { return BuilderID }
func (e *Export) Files() []string   { return []string{e.Path} }
func (e *Export) Id() string        { return e.Path }
func (e *Export) String() string    { return e.Path }
func (e *Export) Destroy() error    { return nil }

func (e *Export) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		// Exported files are not images: nothing to register.
		return nil
	case "generated_data":
		return e.StateData[name]
	}
	return nil
}
