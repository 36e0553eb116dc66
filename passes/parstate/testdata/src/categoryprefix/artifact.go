// Package categoryprefix is run by TestCategoryInMessage with an analyzer
// that starts each message with its category, as text outputs need.
package categoryprefix

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.categoryprefix"

type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == "par.artifact.metadata" { // want `^state-uri-literal: key compared with the literal`
		img, _ := registryimage.FromArtifact(a) // want `^error-ignored: error from registryimage\.FromArtifact is discarded` `^sourceid-missing: image built by registryimage\.FromArtifact never sets SourceImageID.*WithSourceID\(a\.SourceImage\)$`
		return img
	}
	return nil
}

// want +1 `^ignore-directive: //parlint:ignore needs a reason`
//parlint:ignore sourceid-missing
