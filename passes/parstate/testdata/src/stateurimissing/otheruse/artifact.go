// Package otheruse mentions the URI in State without comparing the key with
// it: such a State still never answers the key.
package otheruse

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.otheruse"

// Kinded compares a field with the URI.
type Kinded struct {
	ImageID   string
	Kind      string
	StateData map[string]interface{}
}

func (a *Kinded) BuilderId() string { return BuilderID }
func (a *Kinded) Files() []string   { return nil }
func (a *Kinded) Id() string        { return a.ImageID }
func (a *Kinded) String() string    { return a.ImageID }
func (a *Kinded) Destroy() error    { return nil }

func (a *Kinded) State(name string) interface{} { // want `^Kinded\.State never answers registryimage\.ArtifactStateURI, so`
	if a.Kind == registryimage.ArtifactStateURI {
		log.Printf("registry artifact")
	}
	return a.StateData[name]
}

// Logged logs a test of the URI and answers every key with a string.
type Logged struct{ Kinded }

func (a *Logged) State(name string) interface{} { // want `^Logged\.State never answers registryimage\.ArtifactStateURI and returns a non-nil string`
	log.Printf("asked %s (set: %v)", name, registryimage.ArtifactStateURI != "")
	return "status: ok"
}
