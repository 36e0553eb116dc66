package common

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestImageArtifactRegistry is parlint's sourceid-missing at runtime: the
// image publishes, without SourceImageID, so HCP Packer cannot link it to its
// parent (registrytest.Check would fail on it).
func TestImageArtifactRegistry(t *testing.T) {
	a := &ImageArtifact{ImageID: "img-1", Region: "eu-west", SourceImage: "img-base", BuilderIdValue: "happycloud.builder"}
	images, err := registrytest.Decode(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(images) != 1 || images[0].ImageID != "img-1" || images[0].SourceImageID != "" {
		t.Errorf("images = %v, want img-1 without SourceImageID", images)
	}
}
