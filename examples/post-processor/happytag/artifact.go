// Package happytag holds the artifact of the happytag post-processor, which
// adds tags to the HappyCloud image built before it.
package happytag

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
)

// Artifact is the input artifact once tagged. Tagging does not change the
// image, so every question is forwarded to the input artifact.
type Artifact struct {
	inner packer.Artifact
	// Tags are the tags that were added.
	Tags map[string]string
}

// NewArtifact returns inner, tagged with tags.
func NewArtifact(inner packer.Artifact, tags map[string]string) Artifact {
	return Artifact{inner: inner, Tags: tags}
}

// BuilderId returns the ID of the builder of the input artifact.
func (a Artifact) BuilderId() string {
	return a.inner.BuilderId()
}

// Files returns the files of the input artifact.
func (a Artifact) Files() []string {
	return a.inner.Files()
}

// Id returns the ID of the input artifact.
func (a Artifact) Id() string {
	return a.inner.Id()
}

// String describes the input artifact for the Packer UI.
func (a Artifact) String() string {
	return a.inner.String() + " (tagged)"
}

// State forwards every question, the registry's included, to the input
// artifact.
func (a Artifact) State(name string) any {
	return a.inner.State(name)
}

// Destroy destroys the input artifact.
func (a Artifact) Destroy() error {
	return a.inner.Destroy()
}
