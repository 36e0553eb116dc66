// Package generics declares generic artifact types.
package generics

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.generics"

// Artifact carries a builder-specific payload.
type Artifact[T any] struct {
	ImageID     string
	SourceImage string
	Payload     T
	StateData   map[string]interface{}
}

func (a *Artifact[T]) BuilderId() string { return BuilderID }
func (a *Artifact[T]) Files() []string   { return nil }
func (a *Artifact[T]) Id() string        { return a.ImageID }
func (a *Artifact[T]) String() string    { return a.ImageID }
func (a *Artifact[T]) Destroy() error    { return nil }

func (a *Artifact[T]) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Bundle never answers the key.
type Bundle[K comparable, V any] struct {
	ImageID string
	Items   map[K]V
	Meta    map[string]interface{}
}

func (b *Bundle[K, V]) BuilderId() string { return BuilderID }
func (b *Bundle[K, V]) Files() []string   { return nil }
func (b *Bundle[K, V]) Id() string        { return b.ImageID }
func (b *Bundle[K, V]) String() string    { return "bundle" }
func (b *Bundle[K, V]) Destroy() error    { return nil }

func (b *Bundle[K, V]) State(name string) interface{} { // want `^\w+(\[[\w, ]+\])?\.State never answers registryimage\.ArtifactStateURI, so`
	return b.Meta[name]
}

// Snapshot's image lacks a source.
type Snapshot[T fmtStringer] struct {
	Disk T
}

type fmtStringer interface{ String() string }

func (s Snapshot[T]) BuilderId() string { return BuilderID }
func (s Snapshot[T]) Files() []string   { return nil }
func (s Snapshot[T]) Id() string        { return s.Disk.String() }
func (s Snapshot[T]) String() string    { return s.Disk.String() }
func (s Snapshot[T]) Destroy() error    { return nil }

func (s Snapshot[T]) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(s) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
