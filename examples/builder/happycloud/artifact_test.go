package happycloud

import (
	"sort"
	"testing"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

func TestArtifactRegistryImages(t *testing.T) {
	a := &Artifact{
		Images:        map[string]string{"eu-west": "img-1", "us-east": "img-2"},
		SourceImageID: "img-base",
	}

	images, ok := a.State(registryimage.ArtifactStateURI).([]*registryimage.Image)
	if !ok {
		t.Fatalf("State(%q) is %T, want []*image.Image", registryimage.ArtifactStateURI, a.State(registryimage.ArtifactStateURI))
	}
	sort.Slice(images, func(i, j int) bool { return images[i].ProviderRegion < images[j].ProviderRegion })

	want := []registryimage.Image{
		{ImageID: "img-1", ProviderName: BuilderId, ProviderRegion: "eu-west", SourceImageID: "img-base"},
		{ImageID: "img-2", ProviderName: BuilderId, ProviderRegion: "us-east", SourceImageID: "img-base"},
	}
	if len(images) != len(want) {
		t.Fatalf("got %d images, want %d", len(images), len(want))
	}
	for i, img := range images {
		if err := img.Validate(); err != nil {
			t.Errorf("image %d: %v", i, err)
		}
		if img.ImageID != want[i].ImageID || img.ProviderName != want[i].ProviderName ||
			img.ProviderRegion != want[i].ProviderRegion || img.SourceImageID != want[i].SourceImageID {
			t.Errorf("image %d = %v, want %v", i, img, &want[i])
		}
	}
}

func TestSnapshotArtifactWithoutSnapshots(t *testing.T) {
	a := &SnapshotArtifact{SourceImageID: "img-base"}
	if got := a.State(registryimage.ArtifactStateURI); got != nil {
		t.Errorf("State(%q) = %v, want nil", registryimage.ArtifactStateURI, got)
	}
}
