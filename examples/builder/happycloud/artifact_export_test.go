package happycloud

import (
	"testing"

	"github.com/parlint/parlint/registrytest"
)

// TestExportArtifactRegistry shows what parlint's state-uri-missing means at
// runtime: State answers nil for the key, so Packer skips the export and HCP
// Packer never hears of it.
func TestExportArtifactRegistry(t *testing.T) {
	a := &ExportArtifact{Bucket: "exports", Key: "img-1.tar", ImageID: "img-1",
		StateData: map[string]interface{}{"generated_data": map[string]interface{}{}}}
	registrytest.CheckNone(t, a)
}
