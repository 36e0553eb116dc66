package helpermethod

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Snapshot's helper builds an image without a source: reported in the helper.
type Snapshot struct {
	SnapshotID string
}

func (s *Snapshot) BuilderId() string { return BuilderID }
func (s *Snapshot) Files() []string   { return nil }
func (s *Snapshot) Id() string        { return s.SnapshotID }
func (s *Snapshot) String() string    { return s.SnapshotID }
func (s *Snapshot) Destroy() error    { return nil }

func (s *Snapshot) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return s.stateHCPPackerRegistryMetadata()
	}
	return nil
}

func (s *Snapshot) stateHCPPackerRegistryMetadata() interface{} {
	img, err := registryimage.FromArtifact(s) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Manifest's helper answers the key with a path, which Packer cannot decode.
type Manifest struct {
	Path string
}

func (m *Manifest) BuilderId() string { return BuilderID }
func (m *Manifest) Files() []string   { return []string{m.Path} }
func (m *Manifest) Id() string        { return m.Path }
func (m *Manifest) String() string    { return m.Path }
func (m *Manifest) Destroy() error    { return nil }

func (m *Manifest) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return m.registryMetadata()
	}
	return nil
}

func (m *Manifest) registryMetadata() interface{} {
	return m.Path // want `^registryMetadata returns a non-nil string for \w+\.ArtifactStateURI: Packer cannot decode it as registry images, logs a warning and publishes nothing`
}
