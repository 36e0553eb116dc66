// Package builder is in a module whose path has no dot: its registry
// package is the plugin's own, not the standard library, so handing it the
// key and returning the result forwards the key.
package builder

import "plug/registry"

type Artifact struct{ ImageID string }

func (a *Artifact) BuilderId() string { return "example.nodot" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	return registry.Lookup(a, name)
}
