// Package optionsslice collects FromArtifact's options in a slice.
package optionsslice

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.optionsslice"

// Artifact lists WithSourceID in the slice literal.
type Artifact struct {
	ImageID     string
	Region      string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		opts := []registryimage.ArtifactOverrideFunc{
			registryimage.WithRegion(a.Region),
			registryimage.WithSourceID(a.SourceImage),
		}
		img, err := registryimage.FromArtifact(a, opts...)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Conditional appends WithSourceID when there is a source image.
type Conditional struct {
	ImageID     string
	Region      string
	SourceImage string
}

func (c *Conditional) BuilderId() string { return BuilderID }
func (c *Conditional) Files() []string   { return nil }
func (c *Conditional) Id() string        { return c.ImageID }
func (c *Conditional) String() string    { return c.ImageID }
func (c *Conditional) Destroy() error    { return nil }

func (c *Conditional) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		opts := []registryimage.ArtifactOverrideFunc{registryimage.WithRegion(c.Region)}
		if c.SourceImage != "" {
			opts = append(opts, registryimage.WithSourceID(c.SourceImage))
		}
		img, err := registryimage.FromArtifact(c, opts...)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Missing builds its slice without WithSourceID, literal or appended.
type Missing struct {
	ImageID string
	Region  string
	Labels  map[string]interface{}
}

func (m *Missing) BuilderId() string { return BuilderID }
func (m *Missing) Files() []string   { return nil }
func (m *Missing) Id() string        { return m.ImageID }
func (m *Missing) String() string    { return m.ImageID }
func (m *Missing) Destroy() error    { return nil }

func (m *Missing) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		var opts []registryimage.ArtifactOverrideFunc
		opts = append(opts, registryimage.WithRegion(m.Region))
		if len(m.Labels) > 0 {
			opts = append(opts, registryimage.SetLabels(m.Labels))
		}
		img, err := registryimage.FromArtifact(m, opts...) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
