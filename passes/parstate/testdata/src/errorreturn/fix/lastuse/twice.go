package lastuse

import (
	"fmt"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// TwiceA and TwiceB both wrap the error with fmt, the file's only uses of it.
type TwiceA struct{ ImageID, SourceImage string }

func (a *TwiceA) BuilderId() string { return BuilderID }
func (a *TwiceA) Files() []string   { return nil }
func (a *TwiceA) Id() string        { return a.ImageID }
func (a *TwiceA) String() string    { return a.ImageID }
func (a *TwiceA) Destroy() error    { return nil }

func (a *TwiceA) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return fmt.Errorf("a: %w", err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}

type TwiceB struct{ ImageID, SourceImage string }

func (b *TwiceB) BuilderId() string { return BuilderID }
func (b *TwiceB) Files() []string   { return nil }
func (b *TwiceB) Id() string        { return b.ImageID }
func (b *TwiceB) String() string    { return b.ImageID }
func (b *TwiceB) Destroy() error    { return nil }

func (b *TwiceB) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(b, registryimage.WithSourceID(b.SourceImage))
		if err != nil {
			return fmt.Errorf("b: %w", err) // want `^State returns an error on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}

// Local wraps the error in a variable used nowhere else.
type Local struct{ ImageID, SourceImage string }

func (l *Local) BuilderId() string { return BuilderID }
func (l *Local) Files() []string   { return nil }
func (l *Local) Id() string        { return l.ImageID }
func (l *Local) String() string    { return l.ImageID }
func (l *Local) Destroy() error    { return nil }

func (l *Local) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		msg := "hcp registry image"
		img, err := registryimage.FromArtifact(l, registryimage.WithSourceID(l.SourceImage))
		if err != nil {
			return fmt.Sprintf("%s: %v", msg, err) // want `^State returns a value of type string on the error path of registryimage\.FromArtifact: .*; return a plain nil`
		}
		return img
	}
	return nil
}
