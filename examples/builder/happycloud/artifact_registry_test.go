package happycloud

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

func TestArtifactRegistryOneRegion(t *testing.T) {
	images := registrytest.Check(t, &Artifact{Images: map[string]string{"eu-west": "img-1"}, SourceImageID: "img-base"})
	if len(images) != 1 || images[0].ImageID != "img-1" || images[0].ProviderRegion != "eu-west" {
		t.Errorf("images = %v, want img-1 in eu-west", images)
	}
}

func TestArtifactRegistryManyRegions(t *testing.T) {
	a := &Artifact{
		Images:        map[string]string{"eu-west": "img-1", "us-east": "img-2", "ap-south": "img-3"},
		SourceImageID: "img-base",
	}
	if images := registrytest.Check(t, a); len(images) != 3 {
		t.Errorf("got %d images, want one per region", len(images))
	}
}

func TestArtifactRegistryNoImages(t *testing.T) {
	registrytest.CheckNone(t, &Artifact{SourceImageID: "img-base"})
}
