// Package statedatastored builds the registry image during the build and
// stores it in the artifact's state map under the URI; State serves the map.
// At run time State answers the key with an *Image. Verdict chosen here:
// silent (the lead may decide otherwise).
package statedatastored

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.statedatastored"

type Builder struct {
	SourceImage string
}

func (b *Builder) Run(imageID string) (*Artifact, error) {
	a := &Artifact{ImageID: imageID, StateData: map[string]interface{}{}}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(b.SourceImage))
	if err != nil {
		return nil, err
	}
	a.StateData[registryimage.ArtifactStateURI] = img
	return a, nil
}
