package happycompress

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

func TestArtifactRegistry(t *testing.T) {
	registrytest.CheckNone(t, &Artifact{Path: "disk.tar.gz"})
}
