// Package urgent returns, for every key it does not know, a value Packer
// cannot use: what it does with it decides the message.
package urgent

import "strings"

type status struct {
	Ready bool
	Phase string
}

// Pointer returns a status pointer field: it can be nil, but usually is not.
type Pointer struct {
	ImageID string
	status  *status
}

func (a *Pointer) BuilderId() string { return "example.urgent" }
func (a *Pointer) Files() []string   { return nil }
func (a *Pointer) Id() string        { return a.ImageID }
func (a *Pointer) String() string    { return a.ImageID }
func (a *Pointer) Destroy() error    { return nil }

func (a *Pointer) State(name string) interface{} { // want `^Pointer\.State never answers registryimage\.ArtifactStateURI and returns a non-nil \*status for that key: Packer decodes it into an image with no ImageID and fails the build's HCP Packer step; add a branch`
	return a.status
}

// VM has no image identity of its own, but its State fails the build for
// the registry key whatever its Id returns.
type VM struct {
	Dir string
}

func (a *VM) BuilderId() string { return "example.urgent" }
func (a *VM) Files() []string   { return nil }
func (a *VM) Id() string        { return "VM" }
func (a *VM) String() string    { return strings.ToUpper(a.Dir) }
func (a *VM) Destroy() error    { return nil }

func (a *VM) State(name string) interface{} { // want `^VM\.State never answers registryimage\.ArtifactStateURI and returns a non-nil status for that key: Packer decodes it into an image with no ImageID and fails the build's HCP Packer step; its Id is a constant, not an image identity`
	return status{Ready: true, Phase: name}
}

// Checksum holds no image, but its State fails the build for the registry
// key all the same: it is told to return nil for it.
type Checksum struct {
	Sum string
}

func (a *Checksum) BuilderId() string { return "example.post-processor.checksum" }
func (a *Checksum) Files() []string   { return nil }
func (a *Checksum) Id() string        { return a.Sum }
func (a *Checksum) String() string    { return a.Sum }
func (a *Checksum) Destroy() error    { return nil }

func (a *Checksum) State(name string) interface{} { // want `^Checksum\.State never answers registryimage\.ArtifactStateURI and returns a non-nil status for that key: Packer decodes it into an image with no ImageID and fails the build's HCP Packer step; it has no image to publish \(its name says "checksum"\), so return nil for that key$`
	return status{Phase: name}
}
