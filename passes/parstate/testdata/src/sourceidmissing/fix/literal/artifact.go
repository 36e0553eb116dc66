// Package literal builds composite literals without SourceImageID.
package literal

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.literal"

type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ImageID: a.ImageID, ProviderName: BuilderID} // want `^\w+\.Image literal never sets SourceImageID`
	}
	return nil
}

type Multi struct {
	ImageID   string
	Region    string
	BaseImage string
}

func (m *Multi) BuilderId() string { return BuilderID }
func (m *Multi) Files() []string   { return nil }
func (m *Multi) Id() string        { return m.ImageID }
func (m *Multi) String() string    { return m.ImageID }
func (m *Multi) Destroy() error    { return nil }

func (m *Multi) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ // want `^\w+\.Image literal never sets SourceImageID`
			ImageID:        m.ImageID,
			ProviderName:   BuilderID,
			ProviderRegion: m.Region,
		}
	}
	return nil
}
