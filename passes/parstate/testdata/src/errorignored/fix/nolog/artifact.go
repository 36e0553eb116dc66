// Package nolog discards FromArtifact's error in a file that does not import log.
package nolog

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.nolog"

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
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	return nil
}
