package noimport

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// registryKey is the key Packer core asks for registry metadata.
const registryKey = registryimage.ArtifactStateURI

func buildImage(a packer.Artifact, source string) (*registryimage.Image, error) {
	return registryimage.FromArtifact(a, registryimage.WithSourceID(source))
}
