// Package funcvalues builds the image in a function value that State calls:
// a closure or a method value that a constructor stores in a field, a
// method value handed to a same-package helper, a closure handed to
// sync.Once.Do. The registry path goes into each of them: a FromArtifact
// error that is only logged there is reported, and the correct ones are
// silent.
package funcvalues

import (
	"log"
	"sync"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.funcvalues" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// Stored calls a closure its constructor stored in a field.
type Stored struct {
	base
	build func() (*registryimage.Image, error)
}

func NewStored(id, source string) *Stored {
	a := &Stored{base: base{ID: id, SourceImage: source}}
	a.build = func() (*registryimage.Image, error) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
		return img, nil
	}
	return a
}

func (a *Stored) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := a.build()
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// StoredOK stores a method value, which checks the error.
type StoredOK struct {
	base
	build func() interface{}
}

func NewStoredOK(id, source string) *StoredOK {
	a := &StoredOK{base: base{ID: id, SourceImage: source}}
	a.build = a.image
	return a
}

func (a *StoredOK) image() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func (a *StoredOK) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.build()
	}
	return a.StateData[name]
}

// StoredMethod stores a method value that only logs the error.
type StoredMethod struct {
	base
	build func() interface{}
}

func NewStoredMethod(id, source string) *StoredMethod {
	a := &StoredMethod{base: base{ID: id, SourceImage: source}}
	a.build = a.image
	return a
}

func (a *StoredMethod) image() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
	log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
	return img
}

func (a *StoredMethod) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.build()
	}
	return a.StateData[name]
}

// Locked hands a method value to a helper that calls it under a lock.
type Locked struct {
	base
	mu sync.Mutex
}

func (a *Locked) locked(f func() interface{}) interface{} {
	a.mu.Lock()
	defer a.mu.Unlock()
	return f()
}

func (a *Locked) build() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
	log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
	return img
}

func (a *Locked) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.locked(a.build)
	}
	return a.StateData[name]
}

// LockedOK does the same with a correct build.
type LockedOK struct {
	base
	mu sync.Mutex
}

func (a *LockedOK) locked(f func() interface{}) interface{} {
	a.mu.Lock()
	defer a.mu.Unlock()
	return f()
}

func (a *LockedOK) build() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func (a *LockedOK) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.locked(a.build)
	}
	return a.StateData[name]
}

// Once builds the image once, in a closure handed to sync.Once.Do.
type Once struct {
	base
	once sync.Once
	img  *registryimage.Image
}

func (a *Once) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	a.once.Do(func() {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		log.Printf("[DEBUG] registry image %v (error: %v)", img, err)
		a.img = img
	})
	if a.img == nil {
		return nil
	}
	return a.img
}

// OnceOK checks the error inside the closure.
type OnceOK struct {
	base
	once sync.Once
	img  *registryimage.Image
}

func (a *OnceOK) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	a.once.Do(func() {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return
		}
		a.img = img
	})
	if a.img == nil {
		return nil
	}
	return a.img
}
