// Package directives silences findings with //parlint:ignore, on the line
// above the reported node or in State's doc comment, and reports malformed
// directives.
package directives

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.directives"

// Imported has no source image to give: the finding is silenced above the call.
type Imported struct {
	ImageID string
	Region  string
}

func (a *Imported) BuilderId() string { return BuilderID }
func (a *Imported) Files() []string   { return nil }
func (a *Imported) Id() string        { return a.ImageID }
func (a *Imported) String() string    { return a.ImageID }
func (a *Imported) Destroy() error    { return nil }

func (a *Imported) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		//parlint:ignore sourceid-missing imported images have no source image
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Uploaded's doc comment silences two categories on its whole registry path,
// the helper included.
type Uploaded struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Uploaded) BuilderId() string { return BuilderID }
func (a *Uploaded) Files() []string   { return nil }
func (a *Uploaded) Id() string        { return a.ImageID }
func (a *Uploaded) String() string    { return a.ImageID }
func (a *Uploaded) Destroy() error    { return nil }

// State answers the registry key with the uploaded image.
//
//parlint:ignore sourceid-missing,unchecked-assert uploads have no source; the builder always sets bucket
func (a *Uploaded) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.registryImage()
	}
	return a.StateData[name]
}

func (a *Uploaded) registryImage() interface{} {
	bucket := a.StateData["bucket"].(string)
	img, err := registryimage.FromArtifact(a, registryimage.WithRegion(bucket))
	if err != nil {
		log.Printf("registry image: %v", err)
		return nil
	}
	return img
}

// Checksum is a file artifact with nothing to register.
type Checksum struct {
	Path string
}

func (c *Checksum) BuilderId() string { return BuilderID }
func (c *Checksum) Files() []string   { return []string{c.Path} }
func (c *Checksum) Id() string        { return c.Path }
func (c *Checksum) String() string    { return c.Path }
func (c *Checksum) Destroy() error    { return nil }

// State has no keys to answer.
//
//parlint:ignore state-uri-missing checksum files are not images
func (c *Checksum) State(name string) interface{} {
	return nil
}

// Mismatched's directive names another category: the finding stays.
type Mismatched struct {
	ImageID string
}

func (m *Mismatched) BuilderId() string { return BuilderID }
func (m *Mismatched) Files() []string   { return nil }
func (m *Mismatched) Id() string        { return m.ImageID }
func (m *Mismatched) String() string    { return m.ImageID }
func (m *Mismatched) Destroy() error    { return nil }

func (m *Mismatched) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		//parlint:ignore error-ignored the error is checked below
		img, err := registryimage.FromArtifact(m) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
