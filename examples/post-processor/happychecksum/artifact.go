// Package happychecksum holds the artifact of the happychecksum
// post-processor, which writes a checksum file for each file of the artifact
// before it.
package happychecksum

import (
	"fmt"
	"os"
	"strings"

	"github.com/hashicorp/packer-plugin-sdk/packer"
)

// BuilderId is the unique ID of the happychecksum post-processor.
const BuilderId = "happycloud.post-processor.checksum"

var _ packer.Artifact = (*Artifact)(nil)

// Artifact is a set of checksum files.
type Artifact struct {
	// ChecksumFiles are the paths of the checksum files.
	ChecksumFiles []string
	// ChecksumType is the hash function, such as "sha256".
	ChecksumType string
}

// BuilderId returns the ID of the happychecksum post-processor.
func (a *Artifact) BuilderId() string {
	return BuilderId
}

// Files returns the checksum files.
func (a *Artifact) Files() []string {
	return a.ChecksumFiles
}

// Id returns the hash function.
func (a *Artifact) Id() string {
	return a.ChecksumType
}

// String describes the checksum files for the Packer UI.
func (a *Artifact) String() string {
	return fmt.Sprintf("Created %s checksum files: %s", a.ChecksumType, strings.Join(a.ChecksumFiles, ", "))
}

// State answers Packer's questions about the checksum files, with an empty
// string for anything it does not know.
//
// parlint leaves this alone: a checksum has no image to publish (its builder
// ID says "checksum"), and the "" the registry key gets too is only logged
// by Packer. -v says so.
func (a *Artifact) State(name string) interface{} {
	switch name {
	case "checksum_files":
		return a.ChecksumFiles
	case "checksum_type":
		return a.ChecksumType
	}
	return ""
}

// Destroy removes the checksum files.
func (a *Artifact) Destroy() error {
	for _, f := range a.ChecksumFiles {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	return nil
}
