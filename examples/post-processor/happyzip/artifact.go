// Package happyzip holds the artifact of the happyzip post-processor, which
// zips the files of the artifact before it and hands Packer the zip file.
package happyzip

import (
	"fmt"
	"os"
)

// BuilderId is the unique ID of the happyzip post-processor.
const BuilderId = "happycloud.post-processor.zip"

// Artifact is a zip file. It has no image of its own: Id is always "", so
// FromArtifact would publish an empty ImageID and Packer would fail the
// build's registry step. parlint leaves it alone although State never
// answers the registry key.
type Artifact struct {
	// Path is the path of the zip file.
	Path string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}
}

// BuilderId returns the ID of the happyzip post-processor.
func (*Artifact) BuilderId() string {
	return BuilderId
}

// Files returns the zip file.
func (a *Artifact) Files() []string {
	return []string{a.Path}
}

// Id returns "": a zip file is not an image.
func (*Artifact) Id() string {
	return ""
}

// String describes the zip file for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("Zip file: %s", a.Path)
}

// State answers Packer's questions about the zip file from the build's data.
func (a *Artifact) State(name string) interface{} {
	return a.StateData[name]
}

// Destroy removes the zip file.
func (a *Artifact) Destroy() error {
	return os.Remove(a.Path)
}
