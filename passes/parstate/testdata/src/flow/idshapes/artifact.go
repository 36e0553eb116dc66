// Package idshapes has artifacts whose Id is not one image's ID, and one
// whose package already publishes under a provider name of its own.
package idshapes

import (
	"fmt"
	"log"
	"sort"
	"strings"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Regions joins its images into one Id, as many cloud builders do.
type Regions struct {
	Images    map[string]string
	StateData map[string]interface{}
}

func (a *Regions) BuilderId() string { return "example.idshapes" }
func (a *Regions) Files() []string   { return nil }
func (a *Regions) Id() string {
	parts := make([]string, 0, len(a.Images))
	for region, id := range a.Images {
		parts = append(parts, fmt.Sprintf("%s:%s", region, id))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}
func (a *Regions) String() string { return a.Id() }
func (a *Regions) Destroy() error { return nil }

func (a *Regions) State(name string) interface{} { // want `^Regions\.State never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; its Id joins several images into one string, so add a branch for that key that returns one image per region, built by registryimage\.FromMappedData$`
	return a.StateData[name]
}

// Box is a Vagrant-like box whose Id is its provider: the default leaves it
// alone.
type Box struct {
	Provider string
	Path     string
}

func (b *Box) BuilderId() string             { return "example.idshapes" }
func (b *Box) Files() []string               { return []string{b.Path} }
func (b *Box) Id() string                    { return b.Provider }
func (b *Box) String() string                { return b.Path }
func (b *Box) Destroy() error                { return nil }
func (b *Box) State(name string) interface{} { return nil } // its Id is no image's identity: -strict reports it

// Image publishes under the package's provider name.
type Image struct {
	ID, SourceImage string
}

func (a *Image) BuilderId() string { return "example.idshapes" }
func (a *Image) Files() []string   { return nil }
func (a *Image) Id() string        { return a.ID }
func (a *Image) String() string    { return a.ID }
func (a *Image) Destroy() error    { return nil }

func (a *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithProvider("example"), registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}

// Snapshot never answers; the fix publishes it under the same provider.
type Snapshot struct {
	ID, SourceImage string
}

func (a *Snapshot) BuilderId() string { return "example.idshapes" }
func (a *Snapshot) Files() []string   { return nil }
func (a *Snapshot) Id() string        { return a.ID }
func (a *Snapshot) String() string    { return a.ID }
func (a *Snapshot) Destroy() error    { return nil }

func (a *Snapshot) State(name string) interface{} { // want `^Snapshot\.State never answers`
	return nil
}
