// Package plugin declares an artifact in image.go, in a package named plugin.
package plugin

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.plugin"

type Image struct {
	ID          string
	SourceImage string
}

func (i *Image) BuilderId() string { return BuilderID }
func (i *Image) Files() []string   { return nil }
func (i *Image) Id() string        { return i.ID }
func (i *Image) String() string    { return i.ID }
func (i *Image) Destroy() error    { return nil }

func (i *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(i, registryimage.WithSourceID(i.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
