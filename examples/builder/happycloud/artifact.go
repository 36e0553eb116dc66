// Package happycloud holds the artifacts of the HappyCloud builder, which boots
// an instance from a source image, provisions it, and saves the result as an
// image in one or more regions (or as disk snapshots, or as an exported file).
package happycloud

import (
	"errors"
	"fmt"
	"log"
	"sort"
	"strings"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// BuilderId is the unique ID of the HappyCloud builder.
const BuilderId = "happycloud.builder"

// Artifact is the result of a HappyCloud build: one image per region, all made
// from the same source image.
type Artifact struct {
	// Images maps each region to the ID of the image saved there.
	Images map[string]string
	// SourceImageID is the ID of the image the build instance booted from.
	SourceImageID string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the HappyCloud builder.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: images are not made of local files.
func (a *Artifact) Files() []string {
	return nil
}

// Id returns the images as a sorted, comma-separated list of region:image.
func (a *Artifact) Id() string {
	parts := make([]string, 0, len(a.Images))
	for region, id := range a.Images {
		parts = append(parts, region+":"+id)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// String describes the images for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("HappyCloud images were created:\n\n%s", strings.ReplaceAll(a.Id(), ",", "\n"))
}

// State answers Packer's questions about the images.
func (a *Artifact) State(name string) interface{} {
	if _, ok := a.StateData[name]; ok {
		return a.StateData[name]
	}

	switch name {
	case "happycloud.images":
		return a.Images
	case registryimage.ArtifactStateURI:
		return a.stateHCPPackerRegistryMetadata()
	default:
		return nil
	}
}

// stateHCPPackerRegistryMetadata returns one registry image per region, or nil
// when they cannot be built.
func (a *Artifact) stateHCPPackerRegistryMetadata() interface{} {
	images, err := registryimage.FromMappedData(a.Images, func(key, value interface{}) (*registryimage.Image, error) {
		region, ok := key.(string)
		if !ok {
			return nil, errors.New("unexpected non-string region in the artifact's images")
		}
		imageID, ok := value.(string)
		if !ok {
			return nil, fmt.Errorf("unexpected non-string image ID for region %s", region)
		}
		return registryimage.FromArtifact(a,
			registryimage.WithID(imageID),
			registryimage.WithRegion(region),
			registryimage.WithSourceID(a.SourceImageID),
		)
	})
	if err != nil {
		log.Printf("[DEBUG] error encountered when creating HCP Packer registry images: %s", err)
		return nil
	}
	return images
}

// Destroy deletes every image of the artifact.
func (a *Artifact) Destroy() error {
	var errs []error
	for region, id := range a.Images {
		log.Printf("Deleting image %s in %s", id, region)
		if err := a.client.DeleteImage(region, id); err != nil {
			errs = append(errs, fmt.Errorf("deleting image %s in %s: %w", id, region, err))
		}
	}
	return errors.Join(errs...)
}
