// Package base holds the artifact methods the plugin's artifacts share.
package base

// Artifact implements every artifact method but State.
type Artifact struct {
	BuilderIdValue string
	ID             string
	Paths          []string
}

func (a *Artifact) BuilderId() string { return a.BuilderIdValue }
func (a *Artifact) Files() []string   { return a.Paths }
func (a *Artifact) Id() string        { return a.ID }
func (a *Artifact) String() string    { return a.ID }
func (a *Artifact) Destroy() error    { return nil }
