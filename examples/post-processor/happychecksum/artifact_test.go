package happychecksum

import (
	"errors"
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestArtifactRegistry is parlint's state-uri-missing at runtime: State
// answers "" for the key, which Packer cannot decode; it logs a warning and
// drops the artifact.
func TestArtifactRegistry(t *testing.T) {
	a := &Artifact{ChecksumFiles: []string{"disk.img.sha256"}, ChecksumType: "sha256"}
	_, err := registrytest.Decode(a)
	var rerr *registrytest.Error
	if !errors.As(err, &rerr) || rerr.Kind != registrytest.Dropped {
		t.Errorf("Decode error = %v, want the answer dropped", err)
	}
}
