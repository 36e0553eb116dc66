package happypublish

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestArtifactRegistry: the literal key parlint reports is the right one
// today, so the image publishes; the finding guards against the constant
// changing.
func TestArtifactRegistry(t *testing.T) {
	registrytest.Check(t, &Artifact{GalleryImageID: "gal-1", Region: "eu-west", SourceImageID: "img-1"})
}
