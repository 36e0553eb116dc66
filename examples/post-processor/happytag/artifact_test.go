package happytag

import (
	"testing"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// fakeArtifact is a test double: it answers State from a map.
type fakeArtifact struct {
	state map[string]interface{}
}

func (f *fakeArtifact) BuilderId() string { return "fake" }
func (f *fakeArtifact) Files() []string   { return nil }
func (f *fakeArtifact) Id() string        { return "fake-id" }
func (f *fakeArtifact) String() string    { return "fake artifact" }
func (f *fakeArtifact) Destroy() error    { return nil }

func (f *fakeArtifact) State(name string) interface{} {
	return f.state[name]
}

func TestStateForwardsRegistryKey(t *testing.T) {
	img := &registryimage.Image{ImageID: "img-1", ProviderName: "fake", SourceImageID: "img-base"}
	inner := &fakeArtifact{state: map[string]interface{}{registryimage.ArtifactStateURI: img}}

	a := NewArtifact(inner, map[string]string{"team": "happy"})
	if got := a.State(registryimage.ArtifactStateURI); got != img {
		t.Errorf("State(%q) = %v, want the input artifact's image %v", registryimage.ArtifactStateURI, got, img)
	}
	if got := a.String(); got != "fake artifact (tagged)" {
		t.Errorf("String() = %q", got)
	}
}
