// Package happyimport holds the artifact of the happyimport post-processor,
// which uploads a disk image file (from the happyfile builder, say) to a
// HappyCloud bucket and imports it as an image.
package happyimport

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// BuilderId is the unique ID of the happyimport post-processor.
const BuilderId = "happycloud.post-processor.import"

// Artifact is an imported image. It is a common.ImageArtifact that also
// remembers the uploaded file, and registers itself with its own labels.
type Artifact struct {
	*common.ImageArtifact
	// Bucket and Key locate the uploaded disk file.
	Bucket string
	Key    string
}

// State answers Packer's questions about the imported image.
func (a *Artifact) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}

	opts := []registryimage.ArtifactOverrideFunc{
		registryimage.WithID(a.ImageID),
		registryimage.WithRegion(a.Region),
		registryimage.WithProvider("happycloud"),
		registryimage.SetLabels(map[string]interface{}{
			"import_bucket": a.Bucket,
			"import_key":    a.Key,
		}),
	}
	// A file built from scratch has no source image.
	if a.SourceImage != "" {
		opts = append(opts, registryimage.WithSourceID(a.SourceImage))
	}

	img, err := registryimage.FromArtifact(a, opts...)
	if err != nil {
		log.Printf("[DEBUG] error encountered when creating HCP Packer registry image for %s: %s", a.ImageID, err)
		return nil
	}
	return img
}
