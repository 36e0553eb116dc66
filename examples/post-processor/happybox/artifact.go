// Package happybox holds the artifact of the happybox post-processor, which
// packages a HappyCloud image as a box file for the HappyBox desktop tool.
package happybox

import (
	"fmt"
	"log"
	"os"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// BuilderId is the unique ID of the happybox post-processor.
const BuilderId = "happycloud.post-processor.box"

// Artifact is a box file.
type Artifact struct {
	// Path is the path of the box file.
	Path string
	// Provider is the HappyBox provider the box is for.
	Provider string
	// SourceImageID is the ID of the image that was packaged.
	SourceImageID string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}
}

// BuilderId returns the ID of the happybox post-processor.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns the box file.
func (a *Artifact) Files() []string {
	return []string{a.Path}
}

// Id returns the provider of the box.
func (a *Artifact) Id() string {
	return a.Provider
}

// String describes the box for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("HappyBox box for %s: %s", a.Provider, a.Path)
}

// State answers Packer's questions about the box.
func (a *Artifact) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		// parlint reports: fromartifact-missing — Packer decodes this map into an image with no ImageID and fails the build's HCP Packer step
		return map[string]string{"box": a.Path, "provider": a.Provider, "source": a.SourceImageID}
	default:
		return a.StateData[name]
	}
}

// Destroy removes the box file.
func (a *Artifact) Destroy() error {
	log.Printf("Deleting %s", a.Path)
	return os.Remove(a.Path)
}
