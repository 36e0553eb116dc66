// Package happyfile holds the artifact of the happyfile builder, which writes
// a disk image file on the local machine from a source file, for the
// happyimport post-processor to upload.
package happyfile

import (
	"fmt"
	"log"
	"os"

	"github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// BuilderId is the unique ID of the happyfile builder.
const BuilderId = "happycloud.file"

// Artifact is a disk image file written by the happyfile builder.
type Artifact struct {
	// Filename is the path of the file that was written.
	Filename string
	// SourceFile is the path or URL of the file it was made from.
	SourceFile string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}
}

// BuilderId returns the ID of the happyfile builder.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns the file that was written.
func (a *Artifact) Files() []string {
	return []string{a.Filename}
}

// Id returns the path of the file.
func (a *Artifact) Id() string {
	return a.Filename
}

// String describes the file for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("Stored disk image file: %s", a.Filename)
}

// State answers Packer's questions about the file.
func (a *Artifact) State(name string) interface{} {
	if name == image.ArtifactStateURI {
		// parlint reports: error-ignored — the error is dropped, so a failure hands Packer a typed nil, skipped without a word, instead of being logged
		img, _ := image.FromArtifact(a, image.WithID(a.Filename), image.WithProvider("happyfile"), image.WithSourceID(a.SourceFile))
		return img
	}
	return a.StateData[name]
}

// Destroy removes the file.
func (a *Artifact) Destroy() error {
	log.Printf("Deleting %s", a.Filename)
	return os.Remove(a.Filename)
}
