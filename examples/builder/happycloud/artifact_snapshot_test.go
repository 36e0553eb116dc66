package happycloud

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

func TestSnapshotArtifactRegistry(t *testing.T) {
	a := &SnapshotArtifact{
		Snapshots:     []Snapshot{{Region: "eu-west", ID: "snap-1"}, {Region: "us-east", ID: "snap-2"}},
		SourceImageID: "img-base",
	}
	if images := registrytest.Check(t, a); len(images) != 2 {
		t.Errorf("got %d images, want one per snapshot", len(images))
	}
}

func TestSnapshotArtifactRegistryNoSnapshots(t *testing.T) {
	registrytest.CheckNone(t, &SnapshotArtifact{SourceImageID: "img-base"})
}
