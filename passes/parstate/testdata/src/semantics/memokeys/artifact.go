// Package memokeys shares predicate helpers between artifacts that call
// them with different arguments. What a helper answers depends on the
// arguments of each call: a sibling asking isKey(name, "fixed"), in a dead
// debug line or in a branch before its own dispatch, says nothing about
// another artifact's isKey(name, registryimage.ArtifactStateURI), nor does
// a call with the key in one parameter position say anything about a call
// with the key in another. The correct artifacts return a string for the
// keys they do not know: were a dispatch taken for unknown, that string
// would be on the registry path and reported.
package memokeys

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const debug = false

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.memokeys" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

func (b *base) image(self packer.Artifact) interface{} {
	img, err := registryimage.FromArtifact(self, registryimage.WithSourceID(b.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func isKey(name, want string) bool { return name == want }

// Debug asks isKey for another key in a dead debug line, then dispatches
// correctly.
type Debug struct{ base }

func (a *Debug) State(name string) interface{} {
	if debug {
		log.Printf("[TRACE] fixed key: %v", isKey(name, "fixed"))
	}
	if isKey(name, registryimage.ArtifactStateURI) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.ID
}

// Plain is correct: it dispatches on isKey(name, ArtifactStateURI).
type Plain struct{ base }

func (a *Plain) State(name string) interface{} {
	if isKey(name, registryimage.ArtifactStateURI) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.ID
}

// Branch answers "fixed" in a branch before its real dispatch, whose error
// is only logged: that finding is its own, and proves that its registry
// path is followed past the other key's branch.
type Branch struct{ base }

func (a *Branch) State(name string) interface{} {
	if isKey(name, "fixed") {
		return a.ID
	}
	if isKey(name, registryimage.ArtifactStateURI) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
		return img
	}
	return a.StateData[name]
}

// Later is correct, declared after the siblings that ask for "fixed".
type Later struct{ base }

func (a *Later) State(name string) interface{} {
	if !isKey(name, registryimage.ArtifactStateURI) {
		return a.ID
	}
	return a.image(a)
}

func isKeyAt(x, y string) bool { return x == y }

// First passes the key first and another key, then the URI, second.
type First struct{ base }

func (a *First) State(name string) interface{} {
	if isKeyAt(name, "fixed") {
		return a.ID
	}
	if isKeyAt(name, registryimage.ArtifactStateURI) {
		return a.image(a)
	}
	return a.ID
}

// Second passes the URI first and the key second: it answers the URI just
// as First does.
type Second struct{ base }

func (a *Second) State(name string) interface{} {
	if isKeyAt(registryimage.ArtifactStateURI, name) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.ID
}

// keyFirst tests its first parameter only; the second is a tag.
func keyFirst(k, tag string) bool {
	log.Printf("[TRACE] %s: %s", tag, k)
	return k == registryimage.ArtifactStateURI
}

// Tagged passes the key first: keyFirst is true for the URI.
type Tagged struct{ base }

func (a *Tagged) State(name string) interface{} {
	if keyFirst(name, "tagged") {
		return a.image(a)
	}
	return a.ID
}

// Reversed passes the key second: keyFirst("legacy", name) is false for
// every key, so what its branch discards is not on the registry path.
type Reversed struct{ base }

func (a *Reversed) State(name string) interface{} {
	if keyFirst("legacy", name) {
		img, _ := registryimage.FromArtifact(a)
		return img
	}
	if name == registryimage.ArtifactStateURI {
		return a.image(a)
	}
	return a.ID
}
