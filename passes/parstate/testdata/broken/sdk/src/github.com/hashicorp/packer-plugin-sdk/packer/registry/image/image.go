// Package image is a broken stub of the SDK's registry image package: the
// key constant has no value, a field of Image has an undefined type,
// FromArtifact's body does not compile and another file has a syntax error.
package image

import "github.com/hashicorp/packer-plugin-sdk/packer"

const ArtifactStateURI = undefinedURI

type ArtifactOverrideFunc func(*Image) error

type Image struct {
	ImageID        string
	ProviderName   strin
	ProviderRegion string
	Labels         map[string]string
	SourceImageID  string
}

func FromArtifact(a packer.Artifact, opts ...ArtifactOverrideFunc) (*Image, error) {
	img := Image{ImageID: a.Id(), ProviderName: a.BuilderId()}
	for _, opt := range opts {
		opt(img)
	}
	return &img
}

func WithSourceID(id string) func(*Image) error {
	return func(img *Image) error { img.SourceImageID = id }
}
