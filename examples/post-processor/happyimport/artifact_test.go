package happyimport

import (
	"testing"

	"github.com/parlint/parlint/examples/common"
	"github.com/parlint/parlint/registrytest"
)

func TestArtifactRegistry(t *testing.T) {
	a := &Artifact{
		ImageArtifact: &common.ImageArtifact{ImageID: "img-1", Region: "eu-west", SourceImage: "img-base"},
		Bucket:        "imports",
		Key:           "disk.vmdk",
	}
	images := registrytest.Check(t, a)
	if len(images) == 1 && images[0].Labels["import_bucket"] != "imports" {
		t.Errorf("labels = %v, want import_bucket=imports", images[0].Labels)
	}
}

// TestArtifactRegistryQueryable: the image is under platform "happycloud"
// (WithProvider, not the post-processor's BuilderId) and in its region, so
// data "hcp-packer-artifact" { platform = "happycloud" region = "eu-west" }
// finds it.
func TestArtifactRegistryQueryable(t *testing.T) {
	a := &Artifact{ImageArtifact: &common.ImageArtifact{
		ImageID: "img-1", Region: "eu-west", SourceImage: "img-base", BuilderIdValue: BuilderId,
	}}
	registrytest.CheckQueryable(t, a, registrytest.Query{Platform: "happycloud", Regions: []string{"eu-west"}})
}

// TestArtifactRegistryNoSource: an import without a source image publishes
// without SourceImageID; the options slice adds WithSourceID only when there
// is one.
func TestArtifactRegistryNoSource(t *testing.T) {
	a := &Artifact{ImageArtifact: &common.ImageArtifact{ImageID: "img-1", Region: "eu-west"}}
	images, err := registrytest.Decode(a)
	if err != nil || len(images) != 1 || images[0].SourceImageID != "" {
		t.Errorf("Decode = %v, %v; want one image without SourceImageID", images, err)
	}
}
