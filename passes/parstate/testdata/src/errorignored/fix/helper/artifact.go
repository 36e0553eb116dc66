// Package helper discards the error of a same-package helper in a file that
// imports neither the registry package nor log.
package helper

import "github.com/hashicorp/packer-plugin-sdk/packer"

const BuilderID = "example.helper"

var _ packer.Artifact = (*Artifact)(nil)

type Artifact struct {
	Regions     []string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return "images" }
func (a *Artifact) String() string    { return "images" }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name != "par.artifact.metadata" {
		return a.StateData[name]
	}
	images, _ := a.images() // want `^error from .* is (discarded|never checked)`
	return images
}
