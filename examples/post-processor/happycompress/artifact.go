// Package happycompress holds the artifact of the happycompress
// post-processor, which packs the files of the artifact before it into a
// compressed archive.
package happycompress

import (
	"fmt"
	"log"
	"os"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// BuilderId is the unique ID of the happycompress post-processor.
const BuilderId = "happycloud.post-processor.compress"

// Artifact is a compressed archive.
type Artifact struct {
	// Path is the path of the archive.
	Path string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}
}

// BuilderId returns the ID of the happycompress post-processor.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns the archive.
func (a *Artifact) Files() []string {
	return []string{a.Path}
}

// Id returns the path of the archive.
func (a *Artifact) Id() string {
	return a.Path
}

// String describes the archive for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("Compressed archive: %s", a.Path)
}

// State answers Packer's questions about the archive.
func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		// An archive is not an image: there is nothing to register, and nil
		// tells Packer so.
		return nil
	}
	return a.StateData[name]
}

// Destroy removes the archive.
func (a *Artifact) Destroy() error {
	log.Printf("Deleting %s", a.Path)
	return os.Remove(a.Path)
}
