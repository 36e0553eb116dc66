// Package dotimport names its provider in a file that dot-imports the SDK's
// image package, and leaves it out in a file that imports the package by
// name: the option counts however the file spells it.
package dotimport

import . "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Machine struct{ ID string }

func (a *Machine) BuilderId() string { return "example.cloud" }
func (a *Machine) Files() []string   { return nil }
func (a *Machine) Id() string        { return a.ID }
func (a *Machine) String() string    { return a.ID }
func (a *Machine) Destroy() error    { return nil }

func (a *Machine) State(name string) interface{} {
	if name == ArtifactStateURI {
		img, err := FromArtifact(a, WithProvider("cloud"))
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}
