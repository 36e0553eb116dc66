// Package nothingtopublish has artifacts whose Id returns a constant on every
// path: checksum and compressed files, a log, a registry marker, the plugin
// scaffolding's template. They have no image of their own, and FromArtifact
// would publish an empty or fixed ImageID that fails the build's registry
// step, so none of them is told to answer the key, nor offered a fix.
package nothingtopublish

import (
	"fmt"
	"strings"
)

const BuilderID = "example.nothingtopublish"

// Checksum answers every key it does not know with "", like Packer core's
// checksum post-processor.
type Checksum struct {
	Files_ []string
	Type   string
}

func (a *Checksum) BuilderId() string { return BuilderID }
func (a *Checksum) Files() []string   { return a.Files_ }
func (a *Checksum) Id() string        { return "" }
func (a *Checksum) String() string    { return strings.Join(a.Files_, ", ") }
func (a *Checksum) Destroy() error    { return nil }

func (a *Checksum) State(name string) interface{} {
	if name == "checksum_type" {
		return a.Type
	}
	return ""
}

// Compressed has an unnamed receiver and an Id of a fixed word.
type Compressed struct {
	Path      string
	StateData map[string]interface{}
}

func (*Compressed) BuilderId() string               { return BuilderID }
func (c *Compressed) Files() []string               { return []string{c.Path} }
func (*Compressed) Id() string                      { return "COMPRESS" }
func (c *Compressed) String() string                { return c.Path }
func (*Compressed) Destroy() error                  { return nil }
func (c *Compressed) State(name string) interface{} { return c.StateData[name] }

// idWord is the fixed Id of Container.
const idWord = "Container"

// Container returns a named constant from every branch of Id.
type Container struct {
	Exported bool
	Path     string
}

func (c Container) BuilderId() string { return BuilderID }
func (c Container) Files() []string   { return []string{c.Path} }
func (c Container) String() string    { return c.Path }
func (c Container) Destroy() error    { return nil }

func (c Container) Id() string {
	if c.Exported {
		return idWord + ".tar"
	}
	return idWord
}

func (c Container) State(name string) interface{} { return nil }

// Marker is Packer core's own registry marker: nothing to publish.
type Marker struct{ Bucket string }

func (a *Marker) BuilderId() string           { return BuilderID }
func (*Marker) Id() string                    { return "" }
func (a *Marker) Files() []string             { return []string{} }
func (a *Marker) String() string              { return fmt.Sprintf("published to %s", a.Bucket) }
func (*Marker) State(name string) interface{} { return nil }
func (a *Marker) Destroy() error              { return nil }

// fileBase gives LogOnly its Id through embedding.
type fileBase struct{ Log string }

func (fileBase) Id() string { return "" }

// LogOnly is a log string; its constant Id is promoted.
type LogOnly struct {
	fileBase
	StateData map[string]interface{}
}

func (l *LogOnly) BuilderId() string             { return BuilderID }
func (l *LogOnly) Files() []string               { return nil }
func (l *LogOnly) String() string                { return l.Log }
func (l *LogOnly) Destroy() error                { return nil }
func (l *LogOnly) State(name string) interface{} { return l.StateData[name] }

// Named has an Id that is constant on one path only: it names an image, so
// it must answer the key.
type Named struct {
	ImageID   string
	StateData map[string]interface{}
}

func (n *Named) BuilderId() string { return BuilderID }
func (n *Named) Files() []string   { return nil }
func (n *Named) String() string    { return n.ImageID }
func (n *Named) Destroy() error    { return nil }

func (n *Named) Id() string {
	if n.ImageID == "" {
		return "none"
	}
	return n.ImageID
}

func (n *Named) State(name string) interface{} { // want `^Named\.State never answers registryimage\.ArtifactStateURI, so`
	return n.StateData[name]
}

// Directory lists files under a base directory, which its Id returns: a
// path names files, not an image.
type Directory struct {
	BaseDir string
	Paths   []string
}

func (d *Directory) BuilderId() string             { return BuilderID }
func (d *Directory) Files() []string               { return d.Paths }
func (d *Directory) Id() string                    { return d.BaseDir }
func (d *Directory) String() string                { return d.BaseDir }
func (d *Directory) Destroy() error                { return nil }
func (d *Directory) State(name string) interface{} { return nil }

// Record is a JSON record, as Packer's manifest writes, that implements
// Artifact and has no state for any key.
type Record struct {
	Name       string `json:"name"`
	ArtifactID string `json:"artifact_id"`
}

func (r *Record) BuilderId() string             { return BuilderID }
func (r *Record) Files() []string               { return nil }
func (r *Record) Id() string                    { return r.ArtifactID }
func (r *Record) String() string                { return r.Name }
func (r *Record) Destroy() error                { return nil }
func (r *Record) State(name string) interface{} { return nil }
