// Package lookalikemixed imports both the real SDK and a look-alike of its
// registry image package. Only the real SDK's symbols are taken for the SDK:
// the same mistake is reported with the real FromArtifact and not with the
// look-alike one.
package lookalikemixed

import (
	"log"

	fakeimage "example.com/fakesdk/packer/registry/image"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.lookalikemixed"

// Real uses the real SDK as documented.
type Real struct {
	ImageID     string
	SourceImage string
}

func (a *Real) BuilderId() string { return BuilderID }
func (a *Real) Files() []string   { return nil }
func (a *Real) Id() string        { return a.ImageID }
func (a *Real) String() string    { return a.ImageID }
func (a *Real) Destroy() error    { return nil }

func (a *Real) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return nil
}

// Fake discards the look-alike FromArtifact's error: not the SDK's, so
// nothing is reported.
type Fake struct {
	ImageID     string
	SourceImage string
}

func (f *Fake) BuilderId() string { return BuilderID }
func (f *Fake) Files() []string   { return nil }
func (f *Fake) Id() string        { return f.ImageID }
func (f *Fake) String() string    { return f.ImageID }
func (f *Fake) Destroy() error    { return nil }

func (f *Fake) State(name string) interface{} {
	if name == fakeimage.ArtifactStateURI {
		img, _ := fakeimage.FromArtifact(f, fakeimage.WithSourceID(f.SourceImage))
		return img
	}
	return nil
}

// Mixed discards the real FromArtifact's error beside a look-alike option
// constructor: reported.
type Mixed struct {
	ImageID     string
	SourceImage string
}

func (m *Mixed) BuilderId() string { return BuilderID }
func (m *Mixed) Files() []string   { return nil }
func (m *Mixed) Id() string        { return m.ImageID }
func (m *Mixed) String() string    { return m.ImageID }
func (m *Mixed) Destroy() error    { return nil }

func (m *Mixed) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		_ = fakeimage.WithSourceID(m.SourceImage)
		img, _ := registryimage.FromArtifact(m, registryimage.WithSourceID(m.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	return nil
}
