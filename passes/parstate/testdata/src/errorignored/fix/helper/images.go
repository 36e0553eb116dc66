package helper

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

func (a *Artifact) images() ([]*registryimage.Image, error) {
	var images []*registryimage.Image
	for _, region := range a.Regions {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(region),
			registryimage.WithSourceID(a.SourceImage),
		)
		if err != nil {
			return nil, err
		}
		images = append(images, img)
	}
	return images, nil
}
