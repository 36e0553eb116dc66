// Package plugin imports the SDK directly and discards FromArtifact's error.
package plugin

import (
	"example.com/threeways/builder"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

var _ = builder.Artifact{}

// Artifact answers the key but discards the error.
type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return "example.plugin" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		return img
	}
	return nil
}
