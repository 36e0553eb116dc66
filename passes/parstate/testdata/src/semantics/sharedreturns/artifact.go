// Package sharedreturns logs an image call's error without returning: the
// return after the check runs on the error path too, where it hands Packer
// the failed call's nil image, a typed nil.
package sharedreturns

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.sharedreturns" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// Logged logs the error in an if without a return.
type Logged struct{ base }

func (a *Logged) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		}
		return img // want `^State returns the image on the error path of registryimage\.FromArtifact: a typed nil`
	}
	return a.StateData[name]
}

// Else logs on both branches.
type Else struct{ base }

func (a *Else) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
	} else {
		log.Printf("[DEBUG] registry image %s", img)
	}
	return img // want `^State returns the image on the error path of registryimage\.FromArtifact: a typed nil`
}

// Switch logs in a tagless switch's case.
type Switch struct{ base }

func (a *Switch) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		switch {
		case err != nil:
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		}
		return img // want `^State returns the image on the error path of registryimage\.FromArtifact: a typed nil`
	}
	return a.StateData[name]
}

// Helper does it in a helper whose result goes to Packer as it is.
type Helper struct{ base }

func (a *Helper) image() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
	}
	return img // want `^image returns the image on the error path of registryimage\.FromArtifact: a typed nil`
}

func (a *Helper) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.image()
	}
	return a.StateData[name]
}

// Returned returns nil on the error path: correct.
type Returned struct{ base }

func (a *Returned) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
