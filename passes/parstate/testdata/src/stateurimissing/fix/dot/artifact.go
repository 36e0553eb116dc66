// Package dot dot-imports the registry package: no fix is offered.
package dot

import (
	"log"

	. "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.dot"

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

type Export struct {
	Ref       string
	StateData map[string]interface{}
}

func (e *Export) BuilderId() string { return BuilderID }
func (e *Export) Files() []string   { return nil }
func (e *Export) Id() string        { return e.Ref }
func (e *Export) String() string    { return e.Ref }
func (e *Export) Destroy() error    { return nil }

func (e *Export) State(name string) interface{} { // want `^Export\.State never answers (\w+\.)?ArtifactStateURI, so`
	return e.StateData[name]
}
