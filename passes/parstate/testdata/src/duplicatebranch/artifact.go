// Package duplicatebranch has a second, unreachable copy of the registry
// branch. Both copies are correct, so nothing is wanted whether or not the
// analyzer walks the unreachable one.
package duplicatebranch

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.duplicatebranch"

type Artifact struct {
	ImageID     string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	case "generated_data":
		return a.StateData[name]
	}

	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
