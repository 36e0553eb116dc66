// Package happycopy holds the artifact of the happycopy post-processor, which
// copies a HappyCloud image into more regions.
package happycopy

import (
	"errors"
	"fmt"
	"log"
	"sort"
	"strings"

	"github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// BuilderId is the unique ID of the happycopy post-processor.
const BuilderId = "happycloud.post-processor.copy"

// Artifact is the set of copies of an image, one per region.
type Artifact struct {
	// Copies maps each region to the ID of the copy saved there.
	Copies map[string]string
	// SourceImageID is the ID of the image the original was made from.
	SourceImageID string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the happycopy post-processor.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: images are not made of local files.
func (a *Artifact) Files() []string {
	return nil
}

// Id returns the copies as a sorted, comma-separated list of region:image.
func (a *Artifact) Id() string {
	parts := make([]string, 0, len(a.Copies))
	for _, region := range a.regions() {
		parts = append(parts, region+":"+a.Copies[region])
	}
	return strings.Join(parts, ",")
}

// String describes the copies for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("HappyCloud image copies: %s", a.Id())
}

// State answers Packer's questions about the copies.
func (a *Artifact) State(name string) interface{} {
	switch name {
	case image.ArtifactStateURI:
		images, err := a.registryImages()
		if err != nil {
			log.Printf("[DEBUG] error encountered when creating HCP Packer registry images: %s", err)
			return nil
		}
		return images
	}
	return a.StateData[name]
}

// registryImages returns a registry image for each copy, in region order.
func (a *Artifact) registryImages() ([]*image.Image, error) {
	images := make([]*image.Image, 0, len(a.Copies))
	for _, region := range a.regions() {
		id := a.Copies[region]
		if id == "" {
			return nil, fmt.Errorf("no image ID recorded for the copy in %s", region)
		}
		images = append(images, &image.Image{
			ImageID:        id,
			ProviderName:   "happycloud",
			ProviderRegion: region,
			SourceImageID:  a.SourceImageID,
			Labels:         map[string]string{"copied_by": BuilderId},
		})
	}
	return images, nil
}

func (a *Artifact) regions() []string {
	regions := make([]string, 0, len(a.Copies))
	for region := range a.Copies {
		regions = append(regions, region)
	}
	sort.Strings(regions)
	return regions
}

// Destroy deletes every copy.
func (a *Artifact) Destroy() error {
	var errs []error
	for region, id := range a.Copies {
		if err := a.client.DeleteImage(region, id); err != nil {
			errs = append(errs, fmt.Errorf("deleting image %s in %s: %w", id, region, err))
		}
	}
	return errors.Join(errs...)
}
