package happybox

import (
	"errors"
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestArtifactRegistry is parlint's fromartifact-missing at runtime: Packer
// decodes the map into an image without ImageID and ProviderName and fails
// the build's HCP Packer step.
func TestArtifactRegistry(t *testing.T) {
	a := &Artifact{Path: "happy.box", Provider: "happycloud", SourceImageID: "img-base"}
	_, err := registrytest.Decode(a)
	var rerr *registrytest.Error
	if !errors.As(err, &rerr) || rerr.Kind != registrytest.FailsHCPStep {
		t.Errorf("Decode error = %v, want the HCP step to fail", err)
	}
}
