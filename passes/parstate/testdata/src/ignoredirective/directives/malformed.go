// Package directives has malformed directives in a correct State: each is
// reported on its own line.
package directives

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.directives"

// Clean is correct; the malformed directives in its State are reported on
// their own line, whatever they would have silenced.
type Clean struct {
	ImageID     string
	SourceImage string
}

func (c *Clean) BuilderId() string { return BuilderID }
func (c *Clean) Files() []string   { return nil }
func (c *Clean) Id() string        { return c.ImageID }
func (c *Clean) String() string    { return c.ImageID }
func (c *Clean) Destroy() error    { return nil }

func (c *Clean) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		// want +1 `parlint:ignore needs a reason`
		//parlint:ignore sourceid-missing
		img, err := registryimage.FromArtifact(c, registryimage.WithSourceID(c.SourceImage))
		// want +1 `parlint:ignore names unknown category "source-id-missing"`
		//parlint:ignore source-id-missing the source is set above
		if err != nil {
			// want +1 `unknown directive //parlint:skip`
			//parlint:skip error-return logged below
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
