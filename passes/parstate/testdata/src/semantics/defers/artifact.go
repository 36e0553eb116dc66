// Package defers answers the URI through deferred functions that run after
// State's return statement. A deferred closure that sets a named result to
// nil when the error is not nil makes the answer on the error path a plain
// nil; a deferred recover that answers nil on a panic makes an unchecked
// type assertion on the registry path skip the image instead of panicking
// the plugin. A deferred function that does neither changes nothing.
package defers

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID        string
	StateData map[string]interface{}
}

func (b *base) BuilderId() string { return "example.defers" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// Reset returns the image, and a deferred closure replaces it with nil when
// FromArtifact failed.
type Reset struct {
	base
	SourceImage string
}

func (a *Reset) State(name string) (out interface{}) {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	defer func() {
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			out = nil
		}
	}()
	return img
}

// Early defers the reset before the call, which assigns a variable the
// closure reads.
type Early struct {
	base
	SourceImage string
}

func (a *Early) State(name string) (res interface{}) {
	var err error
	defer func() {
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			res = nil
		}
	}()
	if name == registryimage.ArtifactStateURI {
		var img *registryimage.Image
		img, err = registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		return img
	}
	return a.StateData[name]
}

// Recovered asserts the state data without comma-ok, under a deferred
// recover that answers nil: a failed assertion skips the image.
type Recovered struct{ base }

func (a *Recovered) State(name string) (res interface{}) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %v", r)
			res = nil
		}
	}()
	if name == registryimage.ArtifactStateURI {
		gd := a.StateData["generated_data"].(map[string]interface{})
		src := gd["SourceImage"].(string)
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(src))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Guarded defers a method that calls recover itself, as a deferred
// function must for recover to stop the panic.
type Guarded struct{ base }

func (a *Guarded) guard(res *interface{}) {
	if r := recover(); r != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %v", r)
		*res = nil
	}
}

func (a *Guarded) State(name string) (res interface{}) {
	defer a.guard(&res)
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	src := a.StateData["source_image"].(string)
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(src))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Traced defers a closure that only logs: the assertion still panics the
// plugin.
type Traced struct{ base }

func (a *Traced) State(name string) interface{} {
	defer func() {
		log.Printf("[TRACE] state %s", name)
	}()
	if name == registryimage.ArtifactStateURI {
		src := a.StateData["source_image"].(string) // want `^unchecked type assertion a\.StateData\["source_image"\]\.\(string\) on the registry path`
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(src))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
