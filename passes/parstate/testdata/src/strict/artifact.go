// Package strict holds image builders whose Id is not an image identity, as
// qemu's "VM" and the snapshot builders' "Null": the default leaves them
// alone, strict mode reports each that never answers the registry key.
package strict

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

const BuilderID = "example.strict"

// VM is a disk image whose Id is a fixed word.
type VM struct {
	Dir       string
	StateData map[string]interface{}
}

func (a *VM) BuilderId() string { return BuilderID }
func (a *VM) Files() []string   { return nil }
func (a *VM) Id() string        { return "VM" }
func (a *VM) String() string    { return a.Dir }
func (a *VM) Destroy() error    { return nil }

func (a *VM) State(name string) interface{} { // want `^VM\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; its Id is a constant, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID, or return nil for that key to publish nothing$`
	return a.StateData[name]
}

// Snapshot keeps its ID in a field and returns "Null", spelled through a
// variable.
type Snapshot struct {
	SnapshotID string
}

func (a *Snapshot) BuilderId() string { return BuilderID }
func (a *Snapshot) Files() []string   { return nil }
func (a *Snapshot) Id() string {
	id := "Null"
	return id
}
func (a *Snapshot) String() string { return a.SnapshotID }
func (a *Snapshot) Destroy() error { return nil }

func (a *Snapshot) State(name string) interface{} { // want `^Snapshot\.State never answers`
	return nil
}

// Files publishes nothing on purpose: it says so for the key.
type Files struct {
	Paths []string
}

func (a *Files) BuilderId() string { return BuilderID }
func (a *Files) Files() []string   { return a.Paths }
func (a *Files) Id() string        { return "" }
func (a *Files) String() string    { return "files" }
func (a *Files) Destroy() error    { return nil }

func (a *Files) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return nil // files only: nothing to publish
	}
	return nil
}
