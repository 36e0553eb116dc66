// Package stdlibonly declares an artifact and imports nothing but the
// standard library: the six methods of packer.Artifact use only built-in
// types, so it is an artifact all the same, and it is checked.
package stdlibonly

import "fmt"

const BuilderID = "example.stdlibonly"

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return fmt.Sprintf("image %s", a.ImageID) }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `^Artifact\.State never answers registryimage\.ArtifactStateURI, so`
	return a.StateData[name]
}
