// Package builder is built in a workspace that replaces the SDK by one older
// than packer/registry/image, while its go.mod requires one that has it.
package builder

import "github.com/hashicorp/packer-plugin-sdk/packer"

var _ packer.Artifact = (*Artifact)(nil)

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.workspace" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `\(no automatic fix: this build takes github\.com/hashicorp/packer-plugin-sdk from a directory \(a replace directive or GOPATH\), not a released version, so parlint cannot tell whether it has packer/registry/image\)$`
	return a.StateData[name]
}
