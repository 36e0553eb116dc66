// Package errname discards an image call's error where err already holds
// another error waiting for its check: the fix names the new one so that
// it does not overwrite it.
package errname

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Artifact struct {
	ID, Source string
	Validate   func() error
}

func (a *Artifact) BuilderId() string { return "example.errname" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ID }
func (a *Artifact) String() string    { return a.ID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	err := a.Validate()
	img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source)) // want `^error from registryimage\.FromArtifact is discarded`
	if err != nil {
		log.Printf("[DEBUG] not valid: %s", err)
		return nil
	}
	return img
}
