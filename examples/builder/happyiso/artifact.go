// Package happyiso holds the artifact of the happyiso builder, which installs
// an operating system from an ISO file onto a blank HappyCloud disk and saves
// the disk as an image.
package happyiso

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"github.com/parlint/parlint/examples/common"
)

// BuilderId is the unique ID of the happyiso builder.
const BuilderId = "happycloud.iso"

// Artifact is an image installed from an ISO file.
type Artifact struct {
	// ImageID is the ID of the image.
	ImageID string
	// Region is the region the image lives in.
	Region string
	// SourceISO is the URL of the ISO file the system was installed from.
	SourceISO string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the happyiso builder.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: an image is not made of local files.
func (a *Artifact) Files() []string {
	return nil
}

// Id returns the image ID.
func (a *Artifact) Id() string {
	return a.ImageID
}

// String describes the image for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("HappyCloud image %s in %s, installed from %s", a.ImageID, a.Region, a.SourceISO)
}

// State answers Packer's questions about the image.
func (a *Artifact) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(a.Region),
			registryimage.WithSourceID(a.SourceISO),
		)
		if err != nil {
			log.Printf("[DEBUG] error encountered when creating HCP Packer registry image for %s: %s", a.ImageID, err)
			// parlint reports: error-return — RPC sends the error as an empty map, so Packer publishes nothing and says nothing; return nil so it skips the artifact
			return err
		}
		return img
	default:
		return a.StateData[name]
	}
}

// Destroy deletes the image.
func (a *Artifact) Destroy() error {
	log.Printf("Deleting image %s in %s", a.ImageID, a.Region)
	return a.client.DeleteImage(a.Region, a.ImageID)
}
