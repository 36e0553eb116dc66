// Package noimage holds artifacts that hold no machine image, told apart
// by what names them (their type, their builder ID, a JSON record) or by
// what they say of themselves (String's text, Id's and Files' constants):
// checksums, archives, a package file, Vagrant metadata, demo and dummy
// artifacts, a manifest record, a registry marker, a container's exported
// file system. Whatever their Id returns, neither mode reports them.
package noimage

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Checksum is named for what it holds; its Id is a digest.
type Checksum struct {
	Sum   string
	Paths []string
}

func (*Checksum) BuilderId() string               { return "packer.post-processor.checksum" }
func (a *Checksum) Id() string                    { return a.Sum }
func (a *Checksum) Files() []string               { return a.Paths }
func (a *Checksum) String() string                { return strings.Join(a.Paths, ", ") }
func (a *Checksum) Destroy() error                { return nil }
func (a *Checksum) State(name string) interface{} { return nil }

// Bundle is a zip, by its builder ID.
type Bundle struct{ Path string }

func (*Bundle) BuilderId() string               { return "example.post-processor.zip" }
func (a *Bundle) Id() string                    { return a.Path }
func (a *Bundle) Files() []string               { return []string{a.Path} }
func (a *Bundle) String() string                { return a.Path }
func (a *Bundle) Destroy() error                { return nil }
func (a *Bundle) State(name string) interface{} { return nil }

// Squashed says it is a zstd archive.
type Squashed struct{ Out string }

func (*Squashed) BuilderId() string               { return "example.squash" }
func (a *Squashed) Id() string                    { return "" }
func (a *Squashed) Files() []string               { return []string{a.Out} }
func (a *Squashed) String() string                { return fmt.Sprintf("Compressed with zstd: %s", a.Out) }
func (a *Squashed) Destroy() error                { return nil }
func (a *Squashed) State(name string) interface{} { return nil }

// Package is a Synology package file, by its Files' constant.
type Package struct{ Dir, Name string }

func (*Package) BuilderId() string               { return "example.synology" }
func (a *Package) Id() string                    { return a.Name }
func (a *Package) Files() []string               { return []string{filepath.Join(a.Dir, a.Name+".spk")} }
func (a *Package) String() string                { return a.Name }
func (a *Package) Destroy() error                { return nil }
func (a *Package) State(name string) interface{} { return nil }

// BoxMetadata is Vagrant metadata, by its type name, though it names a box.
type BoxMetadata struct{ Version string }

func (*BoxMetadata) BuilderId() string               { return "example.vagrant-metadata" }
func (a *BoxMetadata) Id() string                    { return a.Version }
func (a *BoxMetadata) Files() []string               { return nil }
func (a *BoxMetadata) String() string                { return "box metadata " + a.Version }
func (a *BoxMetadata) Destroy() error                { return nil }
func (a *BoxMetadata) State(name string) interface{} { return nil }

// Dummy and Demo are what their names say.
type Dummy struct{ ID string }

func (*Dummy) BuilderId() string               { return "example.dummy" }
func (a *Dummy) Id() string                    { return a.ID }
func (a *Dummy) Files() []string               { return nil }
func (a *Dummy) String() string                { return a.ID }
func (a *Dummy) Destroy() error                { return nil }
func (a *Dummy) State(name string) interface{} { return nil }

type Demo struct{ StateData map[string]interface{} }

func (*Demo) BuilderId() string               { return "example.demo" }
func (*Demo) Id() string                      { return "" }
func (*Demo) Files() []string                 { return nil }
func (*Demo) String() string                  { return "" }
func (*Demo) Destroy() error                  { return nil }
func (a *Demo) State(name string) interface{} { return a.StateData[name] }

// Entry is a JSON record, as Packer's manifest writes: its Id is an
// artifact's ID, and its State answers nil.
type Entry struct {
	BuildName  string `json:"name"`
	ArtifactID string `json:"artifact_id"`
}

func (*Entry) BuilderId() string               { return "example.list" }
func (e *Entry) Id() string                    { return e.ArtifactID }
func (e *Entry) Files() []string               { return nil }
func (e *Entry) String() string                { return e.BuildName }
func (e *Entry) Destroy() error                { return nil }
func (e *Entry) State(name string) interface{} { return nil }

// Published is a registry marker: it says it published metadata.
type Published struct{ Bucket, Version string }

func (*Published) BuilderId() string { return "example.registry" }
func (*Published) Id() string        { return "" }
func (*Published) Files() []string   { return []string{} }
func (a *Published) String() string {
	return fmt.Sprintf("Published metadata to HCP Packer registry packer/%s/versions/%s", a.Bucket, a.Version)
}
func (a *Published) Destroy() error                { return nil }
func (a *Published) State(name string) interface{} { return nil }

// Exported is a container's file system, exported as a tarball, as
// docker's ExportArtifact is: Id is a fixed word.
type Exported struct {
	path      string
	StateData map[string]interface{}
}

func (*Exported) BuilderId() string               { return "example.docker" }
func (*Exported) Id() string                      { return "Container" }
func (a *Exported) Files() []string               { return []string{a.path} }
func (a *Exported) String() string                { return fmt.Sprintf("Exported Docker file: %s", a.path) }
func (a *Exported) Destroy() error                { return nil }
func (a *Exported) State(name string) interface{} { return a.StateData[name] }
