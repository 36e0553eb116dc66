// Package ownoption writes its own FromArtifact options.
package ownoption

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.ownoption"

// withSourceImage is an option of the plugin's own that sets SourceImageID.
func withSourceImage(id string) func(*registryimage.Image) error {
	return func(img *registryimage.Image) error {
		img.SourceImageID = id
		return nil
	}
}

// withBuildLabels sets labels only.
func withBuildLabels(labels map[string]string) func(*registryimage.Image) error {
	return func(img *registryimage.Image) error {
		for k, v := range labels {
			img.Labels[k] = v
		}
		return nil
	}
}

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
		img, err := registryimage.FromArtifact(a, withSourceImage(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Labelled's own option sets labels, not the source image.
type Labelled struct {
	ImageID string
	Labels  map[string]string
}

func (l *Labelled) BuilderId() string { return BuilderID }
func (l *Labelled) Files() []string   { return nil }
func (l *Labelled) Id() string        { return l.ImageID }
func (l *Labelled) String() string    { return l.ImageID }
func (l *Labelled) Destroy() error    { return nil }

func (l *Labelled) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(l, withBuildLabels(l.Labels)) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
