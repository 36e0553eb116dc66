// Package constantvalues computes values from constants only. A helper
// that returns "" on every path, handed to WithSourceID, sets no source, as
// WithSourceID("") does. An Id that fmt.Sprintf builds from constants, or
// that reads a package variable nothing assigns, is a constant Id: the
// artifact has no image identity, and is not told to answer the key.
package constantvalues

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const kind = "archive"

// idWord is never assigned: it always holds "Container".
var idWord = "Container"

// noParent is never assigned: it always holds "".
var noParent string

// Empty passes a helper that returns "" on every path.
type Empty struct {
	ID     string
	Legacy bool
}

func (a *Empty) BuilderId() string { return "example.constantvalues" }
func (a *Empty) Files() []string   { return nil }
func (a *Empty) Id() string        { return a.ID }
func (a *Empty) String() string    { return a.ID }
func (a *Empty) Destroy() error    { return nil }

func (a *Empty) parent() string {
	if a.Legacy {
		return ""
	}
	return ""
}

func (a *Empty) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.parent())) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}

// Local passes a function whose one return is a variable that holds "".
type Local struct{ ID string }

func (a *Local) BuilderId() string { return "example.constantvalues" }
func (a *Local) Files() []string   { return nil }
func (a *Local) Id() string        { return a.ID }
func (a *Local) String() string    { return a.ID }
func (a *Local) Destroy() error    { return nil }

func parentOf(a *Local) string {
	s := ""
	log.Printf("[TRACE] parent of %s", a.ID)
	return s
}

func (a *Local) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(parentOf(a))) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Unassigned passes a package variable that nothing assigns.
type Unassigned struct{ ID string }

func (a *Unassigned) BuilderId() string { return "example.constantvalues" }
func (a *Unassigned) Files() []string   { return nil }
func (a *Unassigned) Id() string        { return a.ID }
func (a *Unassigned) String() string    { return a.ID }
func (a *Unassigned) Destroy() error    { return nil }

func (a *Unassigned) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(noParent)) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}

// Archive's Id is built by fmt.Sprintf from constants: a file-only
// artifact, left alone.
type Archive struct {
	Path      string
	StateData map[string]interface{}
}

func (a *Archive) BuilderId() string { return "example.constantvalues.archive" }
func (a *Archive) Files() []string   { return []string{a.Path} }
func (a *Archive) Id() string        { return fmt.Sprintf("%s-%s", kind, "zip") }
func (a *Archive) String() string    { return a.Path }
func (a *Archive) Destroy() error    { return nil }

func (a *Archive) State(name string) interface{} {
	return a.StateData[name]
}

// Container's Id is a package variable that nothing assigns.
type Container struct {
	Name      string
	StateData map[string]interface{}
}

func (a *Container) BuilderId() string { return "example.constantvalues.container" }
func (a *Container) Files() []string   { return nil }
func (a *Container) Id() string        { return idWord }
func (a *Container) String() string    { return a.Name }
func (a *Container) Destroy() error    { return nil }

func (a *Container) State(name string) interface{} {
	return a.StateData[name]
}
