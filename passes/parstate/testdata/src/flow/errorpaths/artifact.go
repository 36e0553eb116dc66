// Package errorpaths tests an image call's error in every way the
// control-flow graph follows: the error path is every path on which the
// error is not nil.
package errorpaths

import (
	"errors"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

var errSkip = errors.New("skip")

type base struct {
	ID     string
	Source string
}

func (b *base) BuilderId() string { return "example.errorpaths" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// NilFirst returns the image when the error is nil, and the error after.
type NilFirst struct{ base }

func (a *NilFirst) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
	if err == nil {
		return img
	}
	return err // want `^State returns the error on the error path of registryimage\.FromArtifact: RPC sends an error value as an empty map, so Packer publishes no image and says nothing; return a plain nil`
}

// And tests the error with another condition.
type And struct{ base }

func (a *And) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		if err != nil && !errors.Is(err, errSkip) {
			return err // want `^State returns the error on the error path`
		}
		if err != nil {
			log.Printf("[DEBUG] skipped: %s", err)
			return nil
		}
		return img
	}
	return nil
}

// Tagless tests it in a tagless switch.
type Tagless struct{ base }

func (a *Tagless) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		switch {
		case err != nil:
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return img // want `^State returns the image on the error path of registryimage\.FromArtifact: a typed nil`
		default:
			return img
		}
	}
	return nil
}

// Else returns the error from an else branch.
type Else struct{ base }

func (a *Else) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		if img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source)); err == nil {
			return img
		} else {
			return err // want `^State returns the error on the error path`
		}
	}
	return nil
}

// Reused returns the err variable for another key: not the image's.
type Reused struct{ base }

func (a *Reused) State(name string) interface{} {
	var err error
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	if name == "validate" {
		err = errors.New("not validated")
		return err
	}
	return nil
}
