// Package stdlib declares an artifact with nothing but the standard library.
package stdlib

import "fmt"

// Artifact never answers the registry key.
type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.stdlib" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return fmt.Sprint(a.ImageID) }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	return a.StateData[name]
}
