// Package promoted gets the other five artifact methods from embedded structs,
// of this package or another; a type whose State is itself promoted is not
// reported again.
package promoted

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"promoted/base"
)

// common implements every artifact method but State.
type common struct {
	id string
}

func (c common) BuilderId() string { return "example.promoted" }
func (c common) Files() []string   { return nil }
func (c common) Id() string        { return c.id }
func (c common) String() string    { return c.id }
func (c common) Destroy() error    { return nil }

// Artifact gets five methods from common.
type Artifact struct {
	common
	SourceImage string
}

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Export gets five methods from another package's struct, through a pointer,
// and never answers the key.
type Export struct {
	*base.Artifact
	StateData map[string]interface{}
}

func (e *Export) State(name string) interface{} { // want `^Export\.State never answers registryimage\.ArtifactStateURI, so`
	return e.StateData[name]
}

// Compressed gets all six methods, State included, from Export: Export's
// finding is not reported again here.
type Compressed struct {
	*Export
	Format string
}

// Checksummed also embeds Export, by value.
type Checksummed struct {
	Export
	Sum string
}
