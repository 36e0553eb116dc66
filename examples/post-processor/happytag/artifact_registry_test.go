package happytag

import (
	"testing"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
	"github.com/parlint/parlint/registrytest"
)

func TestArtifactRegistryForwards(t *testing.T) {
	img := &registryimage.Image{ImageID: "img-1", ProviderName: "fake", SourceImageID: "img-base"}
	inner := &fakeArtifact{state: map[string]interface{}{registryimage.ArtifactStateURI: img}}
	registrytest.Check(t, NewArtifact(inner, map[string]string{"team": "happy"}))
}

func TestArtifactRegistryForwardsNothing(t *testing.T) {
	registrytest.CheckNone(t, NewArtifact(&fakeArtifact{}, nil))
}
