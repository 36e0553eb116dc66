package happyfile

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestArtifactRegistry: the error parlint reports as discarded cannot happen
// with these options, so the file is published; the check guards the day an
// option that can fail is added.
func TestArtifactRegistry(t *testing.T) {
	images := registrytest.Check(t, &Artifact{Filename: "disk.img", SourceFile: "base.img"})
	if len(images) != 1 || images[0].ProviderName != "happyfile" || images[0].ImageID != "disk.img" {
		t.Errorf("images = %v, want disk.img from provider happyfile", images)
	}
}
