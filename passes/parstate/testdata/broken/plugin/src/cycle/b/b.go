package b

import (
	"cycle/a"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Base struct{ ImageID string }

func Image(x *a.Artifact) *registryimage.Image {
	img, _ := registryimage.FromArtifact(x)
	return img
}
