// Package loop discards FromArtifact's error inside a loop: the check to insert continues.
package loop

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.loop"

type Artifact struct {
	Regions     map[string]string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return "images" }
func (a *Artifact) String() string    { return "images" }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		var images []*registryimage.Image
		for region, id := range a.Regions {
			img, _ := registryimage.FromArtifact(a, // want `^error from registryimage\.FromArtifact is discarded`
				registryimage.WithID(id),
				registryimage.WithRegion(region),
				registryimage.WithSourceID(a.SourceImage),
			)
			log.Printf("registry image in %s: %v", region, img)
			images = append(images, img)
		}
		return images
	}
	return nil
}
