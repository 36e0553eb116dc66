// Package noparam is half-typed: a second State with no parameter.
package noparam

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Artifact struct{ ID string }

func (a *Artifact) BuilderId() string { return "example.noparam" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ID }
func (a *Artifact) String() string    { return a.ID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a)
		return img
	}
	return nil
}

func (a *Artifact) State() interface{} { return nil }
