package notypecheck

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Wrong calls the SDK with the wrong arguments and has a method of an
// undefined type.
type Wrong struct {
	ImageID string
	Missing undefinedType
}

func (w *Wrong) BuilderId() string { return BuilderID }
func (w *Wrong) Files() []strin    { return nil }
func (w *Wrong) Id() string        { return w.ImageID }
func (w *Wrong) String() string    { return w.ImageID }
func (w *Wrong) Destroy() error    { return nil }

func (w *Wrong) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(w.ImageID, registryimage.WithSourceID)
		if err != nil {
			return nil
		}
		return img.Missing
	}
	return nil
}

// BadSig's State has the wrong signature and calls things that do not exist.
type BadSig struct{}

func (b BadSig) BuilderId() string { return BuilderID }
func (b BadSig) Files() []string   { return nil }
func (b BadSig) Id() string        { return "badsig" }
func (b BadSig) String() string    { return "badsig" }
func (b BadSig) Destroy() error    { return nil }

func (b BadSig) State(name int) interface{} {
	if name == registryimage.ArtifactStateURI {
		return registryimage.FromArtifact(b)
	}
	return b.undefined(name)
}

// NoBody's State is declared without a body.
type NoBody struct{}

func (n *NoBody) BuilderId() string { return BuilderID }
func (n *NoBody) Files() []string   { return nil }
func (n *NoBody) Id() string        { return "nobody" }
func (n *NoBody) String() string    { return "nobody" }
func (n *NoBody) Destroy() error    { return nil }

func (n *NoBody) State(name string) interface{}
