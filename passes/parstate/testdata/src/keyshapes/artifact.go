// Package keyshapes tests the key in the ways real State methods do besides
// name == URI: through a copy, a standard-library function of it, a switch
// on one, strings.EqualFold, a negation, a predicate of the package, a
// pointer. Each answers the key; none is reported as never answering.
package keyshapes

import (
	"log"
	"strings"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct{ ImageID, SourceImage string }

func (a *base) BuilderId() string { return "example.keyshapes" }
func (a *base) Files() []string   { return nil }
func (a *base) Id() string        { return a.ImageID }
func (a *base) String() string    { return "" }
func (a *base) Destroy() error    { return nil }

func image(a interface {
	BuilderId() string
	Files() []string
	Id() string
	String() string
	State(string) interface{}
	Destroy() error
}, src string) interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(src))
	if err != nil {
		log.Printf("%v", err)
		return nil
	}
	return img
}

// VarAlias copies the key with a var declaration.
type VarAlias struct{ base }

func (a *VarAlias) State(name string) interface{} {
	var key = name
	if key == registryimage.ArtifactStateURI {
		return image(a, a.SourceImage)
	}
	return nil
}

// Normalized compares a standard-library function of the key.
type Normalized struct{ base }

func (a *Normalized) State(name string) interface{} {
	if strings.TrimSpace(name) == registryimage.ArtifactStateURI {
		return image(a, a.SourceImage)
	}
	return nil
}

// SwitchLower switches on a standard-library function of the key.
type SwitchLower struct{ base }

func (a *SwitchLower) State(name string) interface{} {
	switch strings.ToLower(name) {
	case registryimage.ArtifactStateURI:
		return image(a, a.SourceImage)
	}
	return nil
}

// Predicate tests the key in a same-package helper.
type Predicate struct{ base }

func isRegistryKey(k string) bool { return k == registryimage.ArtifactStateURI }

func (a *Predicate) State(name string) interface{} {
	if isRegistryKey(name) {
		return image(a, a.SourceImage)
	}
	return nil
}

// EqualFold compares with strings.EqualFold.
type EqualFold struct{ base }

func (a *EqualFold) State(name string) interface{} {
	if strings.EqualFold(name, registryimage.ArtifactStateURI) {
		return image(a, a.SourceImage)
	}
	return nil
}

// Not negates the test.
type Not struct{ base }

func (a *Not) State(name string) interface{} {
	if !(name == registryimage.ArtifactStateURI) {
		return nil
	}
	return image(a, a.SourceImage)
}

// MultiAssign copies the key with a multi-value assignment.
type MultiAssign struct{ base }

func (a *MultiAssign) State(name string) interface{} {
	key, ok := name, true
	if ok && key == registryimage.ArtifactStateURI {
		return image(a, a.SourceImage)
	}
	return nil
}

// Ptr compares through a pointer to the key.
type Ptr struct{ base }

func (a *Ptr) State(name string) interface{} {
	p := &name
	if *p == registryimage.ArtifactStateURI {
		return image(a, a.SourceImage)
	}
	return nil
}
