// Package imageutil builds registry images for the plugin's artifacts. It has
// no artifact of its own, so nothing in it is on a registry path parstate sees.
package imageutil

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
	"github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Build returns the registry image of a.
func Build(a packer.Artifact) (*image.Image, error) {
	img, _ := image.FromArtifact(a)
	return img, nil
}
