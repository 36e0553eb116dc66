// Package firstbinding calls a helper that branches on its key twice from
// State: first with another key, then with State's own. What the helper does
// for the URI is decided by the binding of each call, not by the first one
// seen: the second call answers the URI.
package firstbinding

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.firstbinding" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// Discarded asks for a legacy key and discards the answer.
type Discarded struct{ base }

func (a *Discarded) get(k string) interface{} {
	if k == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[k]
}

func (a *Discarded) State(name string) interface{} {
	_ = a.get("legacy.x")
	return a.get(name)
}

// Logged uses the legacy key's answer in a log line.
type Logged struct{ base }

func (a *Logged) get(k string) interface{} {
	switch k {
	case registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	default:
		return a.StateData[k]
	}
}

func (a *Logged) State(name string) interface{} {
	if legacy := a.get("legacy.x"); legacy != nil {
		log.Printf("[TRACE] legacy state: %v", legacy)
	}
	return a.get(name)
}

// Package calls a package function, the legacy key first.
type Package struct{ base }

func get(a *Package, k string) interface{} {
	if k != registryimage.ArtifactStateURI {
		return a.StateData[k]
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func (a *Package) State(name string) interface{} {
	get(a, "legacy.x")
	return get(a, name)
}

// Wrong's helper returns the error when FromArtifact fails: the second
// call's path, the URI's, is followed into it and the mistake reported.
type Wrong struct{ base }

func (a *Wrong) get(k string) interface{} {
	if k == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return err // want `^get returns the error on the error path of registryimage\.FromArtifact`
		}
		return img
	}
	return a.StateData[k]
}

func (a *Wrong) State(name string) interface{} {
	_ = a.get("legacy.x")
	return a.get(name)
}
