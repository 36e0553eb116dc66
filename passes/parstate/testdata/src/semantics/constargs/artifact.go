// Package constargs dispatches through predicates that are handed the URI
// as an argument: is(name, registryimage.ArtifactStateURI). A constant
// argument binds its parameter like the key does, so each predicate is true
// exactly for the URI, in either argument order, as a method, or through
// strings.EqualFold. The correct artifacts return a string for other keys,
// which would be reported were the dispatch not decided; one artifact's
// mistake on the URI's path is reported, which proves the path is followed.
package constargs

import (
	"log"
	"strings"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
}

func (b *base) BuilderId() string { return "example.constargs" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

func is(k, want string) bool { return k == want }

// Ordered passes the key, then the URI.
type Ordered struct{ base }

func (a *Ordered) State(name string) interface{} {
	if is(name, registryimage.ArtifactStateURI) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.ID
}

// Swapped passes the URI, then the key.
type Swapped struct{ base }

func (a *Swapped) State(name string) interface{} {
	if !is(registryimage.ArtifactStateURI, name) {
		return a.ID
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Method asks a method of its own.
type Method struct{ base }

func (a *Method) is(k, want string) bool { return k == want }

func (a *Method) State(name string) interface{} {
	switch {
	case a.is(name, registryimage.ArtifactStateURI):
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	default:
		return a.ID
	}
}

func fold(k, want string) bool { return strings.EqualFold(k, want) }

// Folded compares without case, and only logs the error: that mistake is
// on the URI's path.
type Folded struct{ base }

func (a *Folded) State(name string) interface{} {
	if fold(name, registryimage.ArtifactStateURI) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
		return img
	}
	return a.ID
}

// FoldedOK compares without case, the URI first, and is correct.
type FoldedOK struct{ base }

func (a *FoldedOK) State(name string) interface{} {
	if fold(registryimage.ArtifactStateURI, name) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.ID
}
