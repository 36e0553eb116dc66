package registrytest

import (
	"testing"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Check is Decode for tests: it returns the images HCP Packer would store for
// a. It stops the test when Decode returns an error or a publishes nothing
// (use CheckNone for an artifact that must publish nothing), and fails it for
// every image without SourceImageID, which HCP Packer needs to link the image
// to its parent.
func Check(t testing.TB, a packer.Artifact) []registryimage.Image {
	t.Helper()
	images, err := Decode(a)
	if err != nil {
		t.Fatalf("%T: %v", a, err)
	}
	if images == nil {
		t.Fatalf("%T: State answers nil or no image for registryimage.ArtifactStateURI: Packer skips the artifact "+
			"and HCP Packer never hears of its image; return the image built by registryimage.FromArtifact, "+
			"or use registrytest.CheckNone if this artifact must publish nothing", a)
	}
	for i := range images {
		if images[i].SourceImageID == "" {
			t.Errorf("%T: image %d (%s) has no SourceImageID: HCP Packer cannot link it to its parent image; "+
				"pass registryimage.WithSourceID with the source image's ID", a, i, images[i].String())
		}
	}
	return images
}

// CheckNone fails the test unless a publishes nothing in a way Packer
// accepts: State answers nil (or an empty slice) for
// registryimage.ArtifactStateURI, so core skips the artifact.
func CheckNone(t testing.TB, a packer.Artifact) {
	t.Helper()
	images, err := Decode(a)
	switch {
	case err != nil:
		t.Errorf("%T: %v", a, err)
	case images != nil:
		t.Errorf("%T: publishes %d image(s), want none: HCP Packer would store %v", a, len(images), images)
	}
}
