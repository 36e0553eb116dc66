// Package genericmismatch has a generic artifact whose methods name the
// wrong number of type parameters. parstate reports nothing in a file that
// does not type-check, not even what would hold whatever the fix turns out to
// be: the compile error comes first.
package genericmismatch

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Artifact[T any] struct {
	ImageID string
	Extra   T
}

func (a *Artifact[T]) BuilderId() string { return "example.generic" }
func (a *Artifact[T]) Files() []string   { return nil }
func (a *Artifact[T, U]) Id() string     { return a.ImageID }
func (a *Artifact) String() string       { return a.ImageID }
func (a *Artifact[T]) Destroy() error    { return nil }

func (a *Artifact[T, U]) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a)
		return img
	}
	return nil
}
