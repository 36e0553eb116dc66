package happyvm

import (
	"errors"
	"testing"

	"github.com/parlint/parlint/registrytest"
)

func TestArtifactRegistryCloned(t *testing.T) {
	a := &Artifact{VMID: "vm-1", Zone: "eu-west-a",
		StateData: map[string]interface{}{"generated_data": map[string]interface{}{"SourceImage": "img-base"}}}
	registrytest.Check(t, a)
	registrytest.Check(t, &TemplateArtifact{Artifact: a, TemplateName: "tpl"})
}

func TestArtifactRegistryNoGeneratedData(t *testing.T) {
	registrytest.CheckNone(t, &Artifact{VMID: "vm-1", Zone: "eu-west-a"})
}

// TestArtifactRegistryNotCloned is parlint's unchecked-assert at runtime: a
// VM installed from scratch has generated data without SourceImage, and State
// panics, which crashes the plugin at the end of the build.
func TestArtifactRegistryNotCloned(t *testing.T) {
	a := &Artifact{VMID: "vm-1", Zone: "eu-west-a",
		StateData: map[string]interface{}{"generated_data": map[string]interface{}{}}}
	_, err := registrytest.Decode(a)
	var rerr *registrytest.Error
	if !errors.As(err, &rerr) || rerr.Kind != registrytest.Panics {
		t.Errorf("Decode error = %v, want a panic", err)
	}
}
