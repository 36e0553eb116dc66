// Package image is a test stub of
// github.com/hashicorp/packer-plugin-sdk/packer/registry/image, written from
// the SDK's signatures: same names, signatures and behaviour, small bodies.
// TestStubMatchesSDK (registrytest/internal/grounding) holds its declarations
// to the SDK's; after editing it, run go generate ./internal/sdkstub, which
// copies it to the vendored scenario, the look-alike and internal/synth.
package image

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/hashicorp/packer-plugin-sdk/packer"
)

// ArtifactStateURI is the key Packer core asks State for.
const ArtifactStateURI = "par.artifact.metadata"

// ArtifactOverrideFunc is an option for FromArtifact.
type ArtifactOverrideFunc func(*Image) error

// Image is one registry entry.
type Image struct {
	ImageID        string
	ProviderName   string
	ProviderRegion string
	Labels         map[string]string
	SourceImageID  string
}

// Validate errors when ImageID or ProviderName is empty.
func (i *Image) Validate() error {
	if i.ImageID == "" {
		return errors.New("image has no ImageID")
	}
	if i.ProviderName == "" {
		return errors.New("image has no ProviderName")
	}
	return nil
}

// String returns the provider, ImageID and region: Packer core keys a build's
// images by it, so two images with the same three collapse into one.
func (i *Image) String() string {
	return fmt.Sprintf("provider:%s, image:%s, region:%s", i.ProviderName, i.ImageID, i.ProviderRegion)
}

// FromMappedData calls f for each key and value of mappedData and collects
// the images; it stops at the first error and returns it with a nil slice.
func FromMappedData(mappedData interface{}, f func(key, value interface{}) (*Image, error)) ([]*Image, error) {
	m := reflect.ValueOf(mappedData)
	if m.Kind() != reflect.Map {
		return nil, errors.New("mappedData is not a map")
	}
	var images []*Image
	for _, k := range m.MapKeys() {
		img, err := f(k.Interface(), m.MapIndex(k).Interface())
		if err != nil {
			return nil, err
		}
		images = append(images, img)
	}
	return images, nil
}

// FromArtifact sets ProviderName to a.BuilderId(), ImageID to a.Id() and
// Labels to an empty map, then applies opts in order.
func FromArtifact(a packer.Artifact, opts ...ArtifactOverrideFunc) (*Image, error) {
	if a == nil {
		return nil, errors.New("nil artifact")
	}
	img := Image{ProviderName: a.BuilderId(), ImageID: a.Id(), Labels: map[string]string{}}
	for _, opt := range opts {
		if err := opt(&img); err != nil {
			return nil, err
		}
	}
	return &img, nil
}

// WithProvider sets ProviderName.
func WithProvider(name string) func(*Image) error {
	return func(img *Image) error { img.ProviderName = name; return nil }
}

// WithID sets ImageID.
func WithID(id string) func(*Image) error {
	return func(img *Image) error { img.ImageID = id; return nil }
}

// WithSourceID sets SourceImageID.
func WithSourceID(id string) func(*Image) error {
	return func(img *Image) error { img.SourceImageID = id; return nil }
}

// WithRegion sets ProviderRegion.
func WithRegion(region string) func(*Image) error {
	return func(img *Image) error { img.ProviderRegion = region; return nil }
}

// SetLabels copies the entries of md whose value is a string into Labels.
func SetLabels(md map[string]interface{}) func(*Image) error {
	return func(img *Image) error {
		if img.Labels == nil {
			img.Labels = map[string]string{}
		}
		for k, v := range md {
			if s, ok := v.(string); ok {
				img.Labels[k] = s
			}
		}
		return nil
	}
}
