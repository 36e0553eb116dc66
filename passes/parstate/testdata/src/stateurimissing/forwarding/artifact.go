// Package forwarding has post-processor artifacts that wrap the builder's
// artifact and forward the key to it: forwarding counts as answering.
package forwarding

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
)

const BuilderID = "example.forwarding"

// Uploaded forwards every key.
type Uploaded struct {
	URL   string
	inner packer.Artifact
}

func (a *Uploaded) BuilderId() string { return BuilderID }
func (a *Uploaded) Files() []string   { return nil }
func (a *Uploaded) Id() string        { return a.URL }
func (a *Uploaded) String() string    { return a.URL }
func (a *Uploaded) Destroy() error    { return nil }

func (a *Uploaded) State(name string) interface{} {
	return a.inner.State(name)
}

// Tagged embeds the builder's artifact, answers one key and forwards the rest.
type Tagged struct {
	packer.Artifact
	Tags map[string]string
}

func (t *Tagged) State(name string) interface{} {
	if name == "tags" {
		return t.Tags
	}
	return t.Artifact.State(name)
}

// Copied forwards from a switch's default.
type Copied struct {
	Path            string
	BuilderArtifact packer.Artifact
}

func (c *Copied) BuilderId() string { return BuilderID }
func (c *Copied) Files() []string   { return []string{c.Path} }
func (c *Copied) Id() string        { return c.Path }
func (c *Copied) String() string    { return c.Path }
func (c *Copied) Destroy() error    { return nil }

func (c *Copied) State(name string) interface{} {
	switch name {
	case "generated_data":
		return map[string]interface{}{"CopyPath": c.Path}
	default:
		return c.BuilderArtifact.State(name)
	}
}

// Compressed wraps the builder's artifact but does not forward: the registry
// metadata of the wrapped artifact is lost.
type Compressed struct {
	Path      string
	inner     packer.Artifact
	StateData map[string]interface{}
}

func (c *Compressed) BuilderId() string { return BuilderID }
func (c *Compressed) Files() []string   { return []string{c.Path} }
func (c *Compressed) Id() string        { return c.inner.Id() }
func (c *Compressed) String() string    { return c.Path }
func (c *Compressed) Destroy() error    { return nil }

func (c *Compressed) State(name string) interface{} { // want `^Compressed\.State never answers \w+\.ArtifactStateURI, so`
	return c.StateData[name]
}
