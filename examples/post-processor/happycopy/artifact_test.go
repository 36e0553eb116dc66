package happycopy

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

func TestArtifactRegistryCopies(t *testing.T) {
	a := &Artifact{Copies: map[string]string{"eu-west": "img-1", "us-east": "img-2"}, SourceImageID: "img-base"}
	if images := registrytest.Check(t, a); len(images) != 2 {
		t.Errorf("got %d images, want one per copy", len(images))
	}
}

func TestArtifactRegistryOneRegion(t *testing.T) {
	registrytest.Check(t, &Artifact{Copies: map[string]string{"eu-west": "img-1"}, SourceImageID: "img-base"})
}

func TestArtifactRegistryMissingCopy(t *testing.T) {
	registrytest.CheckNone(t, &Artifact{Copies: map[string]string{"eu-west": "img-1", "us-east": ""}})
}

func TestArtifactRegistryNoCopies(t *testing.T) {
	registrytest.CheckNone(t, &Artifact{SourceImageID: "img-base"})
}
