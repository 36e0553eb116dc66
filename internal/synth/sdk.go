package synth

// SDKModule is the module path of the Packer plugin SDK that the fake SDK
// stands in for.
const SDKModule = "github.com/hashicorp/packer-plugin-sdk"

// sdkVersion is the version the generated modules require; a replace
// directive points it at the fake SDK, so it is never downloaded.
const sdkVersion = "v0.6.10"

// sdkFiles is the fake SDK: the packer.Artifact interface and the registry
// image package, with the real SDK's names and signatures and small bodies.
var sdkFiles = map[string]string{
	"go.mod": "module " + SDKModule + "\n\ngo 1.21\n",
	"packer/artifact.go": `// Package packer is a fake of the SDK's packer package: the Artifact interface.
package packer

// An Artifact is the result of a build; Packer core asks it for its state.
type Artifact interface {
	BuilderId() string
	Files() []string
	Id() string
	String() string
	State(name string) interface{}
	Destroy() error
}
`,
	"packer/registry/image/image.go": `// Package image is a fake of the SDK's registry image package.
package image

import (
	"errors"
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
	if i.ImageID == "" || i.ProviderName == "" {
		return errors.New("incomplete image")
	}
	return nil
}

// FromMappedData calls f for each key and value of mappedData.
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

// FromArtifact builds an image from a, then applies opts in order.
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
		for k, v := range md {
			if s, ok := v.(string); ok {
				img.Labels[k] = s
			}
		}
		return nil
	}
}
`,
}
