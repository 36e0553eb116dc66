// Package noimport needs the documented branch in a file that imports neither
// the registry package nor log.
package noimport

import "fmt"

const BuilderID = "example.noimport"

// Artifact has one plausible source field, BaseImage.
type Artifact struct {
	ImageID   string
	BaseImage string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return fmt.Sprintf("image %s", a.ImageID) }
func (a *Artifact) String() string    { return fmt.Sprintf("image %s", a.ImageID) }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `^Artifact\.State never answers registryimage\.ArtifactStateURI, so`
	return a.StateData[name]
}
