package happycloud

import (
	"fmt"
	"log"

	"github.com/parlint/parlint/examples/common"
)

// ExportArtifact is the result of a HappyCloud build run with an export
// block: the image is exported as a disk file into a storage bucket, where
// other clouds and tools can import it from.
type ExportArtifact struct {
	// Bucket and Key locate the exported disk file.
	Bucket string
	Key    string
	// ImageID is the ID of the image that was exported.
	ImageID string
	// StateData is the generated data of the build, handed back to Packer.
	StateData map[string]interface{}

	client common.Client
}

// BuilderId returns the ID of the HappyCloud builder.
func (a *ExportArtifact) BuilderId() string {
	return BuilderId
}

// Files returns nothing: the file lives in the bucket, not on this machine.
func (a *ExportArtifact) Files() []string {
	return nil
}

// Id returns the ID of the image that was exported.
func (a *ExportArtifact) Id() string {
	return a.ImageID
}

// String describes the exported file for the Packer UI.
func (a *ExportArtifact) String() string {
	return fmt.Sprintf("Image %s was exported to %s", a.ImageID, a.location())
}

// location is where the exported file lies.
func (a *ExportArtifact) location() string {
	return fmt.Sprintf("happy://%s/%s", a.Bucket, a.Key)
}

// State answers Packer's questions about the exported file.
//
// parlint reports: state-uri-missing — the export never answers the registry key, so the build's export is missing from HCP Packer
func (a *ExportArtifact) State(name string) interface{} {
	return a.StateData[name]
}

// Destroy deletes the exported file from the bucket.
func (a *ExportArtifact) Destroy() error {
	log.Printf("Deleting %s", a.location())
	return a.client.DeleteObject(a.Bucket, a.Key)
}
