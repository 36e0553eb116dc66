// Package indirectimport imports the SDK only through another package of the
// plugin: it may still contain artifacts, and its artifact is checked.
package indirectimport

import "indirectimport/common"

const BuilderID = "example.indirectimport"

var _ = common.BuilderArtifacts{&Artifact{}}

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `^Artifact\.State never answers registryimage\.ArtifactStateURI, so`
	return a.StateData[name]
}
