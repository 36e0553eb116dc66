package noimport

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

func (a *Artifact) registryImage() interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("registry image: %v", err)
		return nil
	}
	return img
}
