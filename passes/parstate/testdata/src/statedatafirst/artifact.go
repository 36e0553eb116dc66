// Package statedatafirst returns an entry of the artifact's own state map when
// present, then dispatches on the registry key.
package statedatafirst

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.statedatafirst"

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if v, ok := a.StateData[name]; ok {
		return v
	}
	if name == registryimage.ArtifactStateURI {
		var sourceID string
		if generated, ok := a.StateData["generated_data"].(map[string]interface{}); ok {
			if s, ok := generated["SourceImage"].(string); ok {
				sourceID = s
			}
		}
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(sourceID))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Box dispatches after the map lookup too; its image lacks a source.
type Box struct {
	Name      string
	StateData map[string]interface{}
}

func (b *Box) BuilderId() string { return BuilderID }
func (b *Box) Files() []string   { return nil }
func (b *Box) Id() string        { return b.Name }
func (b *Box) String() string    { return b.Name }
func (b *Box) Destroy() error    { return nil }

func (b *Box) State(name string) interface{} {
	if v, ok := b.StateData[name]; ok {
		return v
	}
	switch name {
	case registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(b) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
