// Package nofix never answers the key in States where no branch can be
// inserted safely: unnamed receiver, parameter named _, a body that is a
// single forwarding call, a one-line body among one-line methods.
package nofix

import "github.com/hashicorp/packer-plugin-sdk/packer"

const BuilderID = "example.nofix"

var (
	_ packer.Artifact = (*UnnamedReceiver)(nil)
	_ packer.Artifact = (*BlankParam)(nil)
	_ packer.Artifact = (*Delegating)(nil)
)

type UnnamedReceiver struct {
	ImageID   string
	StateData map[string]interface{}
}

func (u *UnnamedReceiver) BuilderId() string { return BuilderID }
func (u *UnnamedReceiver) Files() []string   { return nil }
func (u *UnnamedReceiver) Id() string        { return u.ImageID }
func (u *UnnamedReceiver) String() string    { return "unnamed" }
func (u *UnnamedReceiver) Destroy() error    { return nil }

func (*UnnamedReceiver) State(name string) interface{} { // want `^UnnamedReceiver\.State never answers registryimage\.ArtifactStateURI, so`
	return nil
}

type BlankParam struct {
	ImageID     string
	SourceImage string
}

func (b *BlankParam) BuilderId() string { return BuilderID }
func (b *BlankParam) Files() []string   { return nil }
func (b *BlankParam) Id() string        { return b.ImageID }
func (b *BlankParam) String() string    { return "blank" }
func (b *BlankParam) Destroy() error    { return nil }

func (b *BlankParam) State(_ string) interface{} { // want `^BlankParam\.State never answers registryimage\.ArtifactStateURI, so`
	return nil
}

type Delegating struct {
	ImageID   string
	StateData map[string]interface{}
}

func (d *Delegating) BuilderId() string { return BuilderID }
func (d *Delegating) Files() []string   { return nil }
func (d *Delegating) Id() string        { return d.ImageID }
func (d *Delegating) String() string    { return "delegating" }
func (d *Delegating) Destroy() error    { return nil }

func (d *Delegating) State(name string) interface{} { // want `^Delegating\.State never answers registryimage\.ArtifactStateURI, so`
	return lookup(d.StateData, name)
}

func lookup(m map[string]interface{}, key string) interface{} {
	return m[key]
}

// OneLiner's State is one line in a block of one-line methods that gofmt
// aligns: inserting a branch there would realign its neighbours, so no fix.
type OneLiner struct {
	ImageID   string
	StateData map[string]interface{}
}

func (o *OneLiner) BuilderId() string             { return BuilderID }
func (o *OneLiner) Files() []string               { return nil }
func (o *OneLiner) Id() string                    { return o.ImageID }
func (o *OneLiner) State(name string) interface{} { return o.StateData[name] } // want `^OneLiner\.State never answers registryimage\.ArtifactStateURI, so`
func (o *OneLiner) String() string                { return o.ImageID }
func (o *OneLiner) Destroy() error                { return nil }
