// Package builder is a plugin that vendors SDK v0.6.10, without
// packer/registry/image, which no package of it imports.
package builder

import "github.com/hashicorp/packer-plugin-sdk/packer"

var _ packer.Artifact = (*Artifact)(nil)

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.vendored" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `\(no automatic fix: this build vendors github\.com/hashicorp/packer-plugin-sdk, and parlint cannot tell whether the vendor directory holds packer/registry/image; import it and run go mod vendor first\)$`
	return a.StateData[name]
}
