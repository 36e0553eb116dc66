package testfiles_test

import (
	"testing"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"testfiles"
)

// stubArtifact never answers the registry key.
type stubArtifact struct{}

func (stubArtifact) BuilderId() string { return "stub" }
func (stubArtifact) Files() []string   { return nil }
func (stubArtifact) Id() string        { return "stub" }
func (stubArtifact) String() string    { return "stub" }
func (stubArtifact) Destroy() error    { return nil }

func (stubArtifact) State(name string) interface{} { return nil }

func TestFromArtifact(t *testing.T) {
	img, _ := registryimage.FromArtifact(stubArtifact{})
	if img.ImageID != "stub" {
		t.Fatalf("ImageID = %q", img.ImageID)
	}
	if (&testfiles.Artifact{}).State("other") != nil {
		t.Fatal("State answered an unknown key")
	}
}
