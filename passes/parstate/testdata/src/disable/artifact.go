// Package disable is run with sourceid-missing and unchecked-assert disabled:
// only the other findings appear.
package disable

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.disable"

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
		region := a.StateData["region"].(string)
		img, _ := registryimage.FromArtifact(a, registryimage.WithRegion(region)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	return nil
}

// Export never answers the key.
type Export struct {
	ImageID   string
	StateData map[string]interface{}
}

func (e *Export) BuilderId() string { return BuilderID }
func (e *Export) Files() []string   { return nil }
func (e *Export) Id() string        { return e.ImageID }
func (e *Export) String() string    { return "export" }
func (e *Export) Destroy() error    { return nil }

func (e *Export) State(name string) interface{} { // want `^Export\.State never answers registryimage\.ArtifactStateURI, so`
	return e.StateData[name]
}
