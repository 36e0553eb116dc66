package happyiso

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestArtifactRegistry: the image publishes; parlint's error-return is about
// the error path, where State returns the error instead of nil.
func TestArtifactRegistry(t *testing.T) {
	images := registrytest.Check(t, &Artifact{ImageID: "img-1", Region: "eu-west", SourceISO: "ubuntu.iso"})
	if len(images) != 1 || images[0].SourceImageID != "ubuntu.iso" {
		t.Errorf("images = %v, want one image from ubuntu.iso", images)
	}
}
