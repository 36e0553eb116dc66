// Package types declares State where only the types that embed it are
// artifacts, and wraps another artifact.
package types

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// common holds State for the artifacts below; it is not one by itself.
type common struct {
	ID   string
	Data map[string]interface{}
}

func (c *common) State(name string) interface{} { // want `^common\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears`
	return c.Data[name]
}

// VM and Disk take their State from common.
type VM struct{ common }

func (v *VM) BuilderId() string { return "example.types.vm" }
func (v *VM) Files() []string   { return nil }
func (v *VM) Id() string        { return v.ID }
func (v *VM) String() string    { return v.ID }
func (v *VM) Destroy() error    { return nil }

type Disk struct{ common }

func (d *Disk) BuilderId() string { return "example.types.disk" }
func (d *Disk) Files() []string   { return nil }
func (d *Disk) Id() string        { return d.ID }
func (d *Disk) String() string    { return d.ID }
func (d *Disk) Destroy() error    { return nil }

// Wrapped wraps another artifact and shadows its State: the registry key
// belongs to the wrapped artifact.
type Wrapped struct {
	packer.Artifact
	Note string
}

func (w *Wrapped) State(name string) interface{} { // want `^Wrapped\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; forward that key to the wrapped artifact: return w\.Artifact\.State\(name\)$`
	if name == "note" {
		return w.Note
	}
	return nil
}

// Forwards forwards every key but its own.
type Forwards struct {
	packer.Artifact
	Note string
}

func (f *Forwards) State(name string) interface{} {
	if name == "note" {
		return f.Note
	}
	return f.Artifact.State(name)
}

var _ = registryimage.ArtifactStateURI
