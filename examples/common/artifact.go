package common

import (
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// ImageArtifact is a HappyCloud image that lives in a single region. The
// happyvm builder and the happyimport post-processor both produce one.
type ImageArtifact struct {
	// ImageID is the ID of the image.
	ImageID string
	// Region is the region the image lives in.
	Region string
	// SourceImage is the ID of the image this one was made from, if any.
	SourceImage string
	// BuilderIdValue is the ID of the component that produced the image.
	BuilderIdValue string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	// Client is used to delete the image.
	Client Client
}

// BuilderId returns the ID of the component that produced the image.
func (a *ImageArtifact) BuilderId() string {
	return a.BuilderIdValue
}

// Files returns nothing: an image is not made of local files.
func (a *ImageArtifact) Files() []string {
	return nil
}

// Id returns the image ID.
func (a *ImageArtifact) Id() string {
	return a.ImageID
}

// String describes the image for the Packer UI.
func (a *ImageArtifact) String() string {
	return fmt.Sprintf("HappyCloud image %s in %s", a.ImageID, a.Region)
}

// State answers Packer's questions about the image.
func (a *ImageArtifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		// parlint reports: sourceid-missing — SourceImage is never passed to the registry, so HCP Packer cannot link the image to its parent
		img, err := registryimage.FromArtifact(a, registryimage.WithID(a.ImageID), registryimage.WithRegion(a.Region))
		if err != nil {
			log.Printf("[DEBUG] error encountered when creating HCP Packer registry image for %s: %s", a.ImageID, err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Destroy deletes the image.
func (a *ImageArtifact) Destroy() error {
	log.Printf("Deleting image %s in %s", a.ImageID, a.Region)
	return a.Client.DeleteImage(a.Region, a.ImageID)
}
