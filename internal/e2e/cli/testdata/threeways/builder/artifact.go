// Package builder reaches the SDK only through package common of the module:
// from export data, its import list does not show the SDK, and the answer
// must not depend on how parlint is run.
package builder

import "example.com/threeways/common"

var _ = common.Artifacts{&Artifact{}}

// Artifact never answers the registry key.
type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.builder" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	return a.StateData[name]
}
