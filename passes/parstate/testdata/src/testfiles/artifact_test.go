package testfiles

import (
	"testing"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// fakeArtifact is a test double: it answers every key with a string and
// builds its image carelessly.
type fakeArtifact struct {
	id string
}

func (f *fakeArtifact) BuilderId() string { return "fake" }
func (f *fakeArtifact) Files() []string   { return nil }
func (f *fakeArtifact) Id() string        { return f.id }
func (f *fakeArtifact) String() string    { return f.id }
func (f *fakeArtifact) Destroy() error    { return nil }

func (f *fakeArtifact) State(name string) interface{} {
	return ""
}

type fakeRegistryArtifact struct {
	fakeArtifact
	data map[string]interface{}
}

func (f *fakeRegistryArtifact) State(name string) interface{} {
	if name == "par.artifact.metadata" {
		source := f.data["generated_data"].(map[string]interface{})["SourceImage"].(string)
		img, err := registryimage.FromArtifact(f, registryimage.WithRegion(source))
		if err != nil {
			return err
		}
		return img
	}
	return nil
}

func TestState(t *testing.T) {
	a := &Artifact{ImageID: "ami-1", SourceImage: "ami-0"}
	img, ok := a.State(registryimage.ArtifactStateURI).(*registryimage.Image)
	if !ok || img.SourceImageID != "ami-0" {
		t.Fatalf("State = %#v", img)
	}
	if s := (&fakeArtifact{id: "x"}).State("x"); s != "" {
		t.Fatalf("fake State = %#v", s)
	}
	_ = (&fakeRegistryArtifact{}).State("generated_data")
}
