// Package lookalike uses a package with the SDK's names under another import
// path and imports nothing from the real SDK. Its key constant has the value
// Packer asks for, so its artifacts answer the key; every other SDK symbol is
// a look-alike, and code that would be wrong against the real FromArtifact,
// WithSourceID, FromMappedData or Image is not reported: parstate matches
// them by package path, not by name.
package lookalike

import (
	"fmt"

	"example.com/fakesdk/packer"
	registryimage "example.com/fakesdk/packer/registry/image"
)

const BuilderID = "example.lookalike"

var _ packer.Artifact = (*Artifact)(nil)

type Artifact struct {
	ImageID   string
	Region    string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

// State discards the look-alike FromArtifact's error and never sets a source
// image: error-ignored and sourceid-missing if it were the SDK's.
func (a *Artifact) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		img, _ := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region))
		return img
	}
	return a.StateData[name]
}

// Literal builds a look-alike Image without ImageID: fromartifact-missing if
// it were the SDK's.
type Literal struct{ ImageID string }

func (l Literal) BuilderId() string { return BuilderID }
func (l Literal) Files() []string   { return nil }
func (l Literal) Id() string        { return l.ImageID }
func (l Literal) String() string    { return "" }
func (l Literal) Destroy() error    { return nil }

func (l Literal) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ProviderName: BuilderID}
	}
	return nil
}

// Mapped returns the look-alike FromMappedData's error: error-return if it
// were the SDK's.
type Mapped struct {
	ImageID string
	Regions map[string]string
}

func (m *Mapped) BuilderId() string { return BuilderID }
func (m *Mapped) Files() []string   { return nil }
func (m *Mapped) Id() string        { return m.ImageID }
func (m *Mapped) String() string    { return m.ImageID }
func (m *Mapped) Destroy() error    { return nil }

func (m *Mapped) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	images, err := registryimage.FromMappedData(m.Regions, func(k, v interface{}) (*registryimage.Image, error) {
		return registryimage.FromArtifact(m, registryimage.WithID(fmt.Sprint(v)))
	})
	if err != nil {
		return images
	}
	return images
}
