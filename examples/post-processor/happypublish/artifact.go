// Package happypublish holds the artifact of the happypublish post-processor,
// which shares a HappyCloud image with other accounts through the public
// image gallery.
package happypublish

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// BuilderId is the unique ID of the happypublish post-processor.
const BuilderId = "happycloud.post-processor.publish"

// Artifact is an image published to the gallery.
type Artifact struct {
	// GalleryImageID is the ID of the image in the gallery.
	GalleryImageID string
	// Region is the gallery region the image was published to.
	Region string
	// SourceImageID is the ID of the private image that was published.
	SourceImageID string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the happypublish post-processor.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: an image is not made of local files.
func (a *Artifact) Files() []string {
	return nil
}

// Id returns the gallery image ID.
func (a *Artifact) Id() string {
	return a.GalleryImageID
}

// String describes the gallery image for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("Published %s to the gallery as %s", a.SourceImageID, a.GalleryImageID)
}

// State answers Packer's questions about the gallery image.
func (a *Artifact) State(name string) interface{} {
	// parlint reports: state-uri-literal — the registry key is spelled out instead of using registryimage.ArtifactStateURI
	if name == "par.artifact.metadata" {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(a.Region),
			registryimage.WithSourceID(a.SourceImageID),
		)
		if err != nil {
			log.Printf("[DEBUG] error encountered when creating HCP Packer registry image for %s: %s", a.GalleryImageID, err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Destroy removes the image from the gallery.
func (a *Artifact) Destroy() error {
	return a.client.DeleteImage(a.Region, a.GalleryImageID)
}
