// Package identityfield holds image builders whose Id is a fixed word while
// their identity sits in one field: strict mode names it in the advice,
// still without a fix. Images whose Id names them are reported by default
// too.
package identityfield

import "fmt"

const BuilderID = "example.snapshot"

// Snapshot keeps its snapshot's name in snapshotData, as a cloud snapshot
// builder does, and answers nil to every key.
type Snapshot struct {
	snapshotData string
	Region       string
}

func (*Snapshot) BuilderId() string { return BuilderID }
func (*Snapshot) Id() string        { return "Null" }
func (a *Snapshot) Files() []string { return nil }
func (a *Snapshot) String() string  { return fmt.Sprintf("A snapshot was created: %v", a.snapshotData) }
func (a *Snapshot) Destroy() error  { return nil }

func (*Snapshot) State(name string) interface{} { // want `^Snapshot\.State never answers .*; its Id is a constant, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID\(a\.snapshotData\)$`
	return nil
}

// Machine has its identity in a field, and says so in Id: reported by
// default, with the fix.
type Machine struct {
	MachineImageID string
	StateData      map[string]interface{}
}

func (*Machine) BuilderId() string { return BuilderID }
func (m *Machine) Id() string      { return m.MachineImageID }
func (m *Machine) Files() []string { return nil }
func (m *Machine) String() string  { return m.MachineImageID }
func (m *Machine) Destroy() error  { return nil }

// default: reported
func (m *Machine) State(name string) interface{} { // want `^Machine\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; add a branch for that key that returns the image built by registryimage\.FromArtifact`
	return m.StateData[name]
}

// Droplet has two string fields named for its snapshot, and an int ID that
// WithID does not take as is: the advice names none.
type Droplet struct {
	SnapshotName string
	SnapshotID   int
	snapshotRef  string
	RegionName   string
}

func (*Droplet) BuilderId() string               { return BuilderID }
func (*Droplet) Id() string                      { return "" }
func (d *Droplet) Files() []string               { return nil }
func (d *Droplet) String() string                { return d.SnapshotName }
func (d *Droplet) Destroy() error                { return nil }
func (d *Droplet) State(name string) interface{} { return nil } // want `^Droplet\.State never answers .*; its Id is a constant, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID$`

// Template has two fields that could be its identity, neither an ID: the
// advice names none.
type Template struct {
	TemplateName string
	DiskImage    string
	StateData    map[string]interface{}
}

func (*Template) BuilderId() string { return BuilderID }
func (*Template) Id() string        { return "VM" }
func (t *Template) Files() []string { return nil }
func (t *Template) String() string  { return t.TemplateName }
func (t *Template) Destroy() error  { return nil }

func (t *Template) State(name string) interface{} { // want `^Template\.State never answers .*; its Id is a constant, not an image identity, so add a branch for that key that returns the image built by registryimage\.FromArtifact with registryimage\.WithID of the real image ID, or return nil for that key to publish nothing$`
	return t.StateData[name]
}
