// Package generics passes an image call's results to generic helpers of
// the package. A helper that only logs the error and returns the value
// does not check the error: the error is never checked, though it is
// handed to a call that is not a logger. A helper that tells its caller
// whether the error was nil, and the caller that acts on that, do check it.
package generics

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.semantics.generics" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// orLog logs err and returns v whatever err is.
func orLog[T any](v T, err error) T {
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
	}
	return v
}

// logged logs err unconditionally and returns v.
func logged[T any](v T, err error) T {
	log.Printf("[TRACE] result %v, error %v", v, err)
	return v
}

// ok reports whether err is nil, logging it when it is not.
func ok[T any](v T, err error) (T, bool) {
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		var zero T
		return zero, false
	}
	return v, true
}

// Direct returns orLog's result.
type Direct struct{ base }

func (a *Direct) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return orLog(registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))) // want `^error from registryimage\.FromArtifact is never checked`
	}
	return a.StateData[name]
}

// Variable returns it through a variable, explicitly instantiated.
type Variable struct{ base }

func (a *Variable) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	img := logged[*registryimage.Image](registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))) // want `^error from registryimage\.FromArtifact is never checked`
	return img
}

// Checked acts on ok's answer: correct.
type Checked struct{ base }

func (a *Checked) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, good := ok(registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)))
		if !good {
			return nil
		}
		return img
	}
	return a.StateData[name]
}
