// Package a imports b, which imports a: an import cycle.
package a

import (
	"cycle/b"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Artifact struct{ b.Base }

func (a *Artifact) BuilderId() string { return "example.cycle" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return b.Image(a)
	}
	return nil
}
