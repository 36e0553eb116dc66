// Package fieldwrites sets image fields after FromArtifact: the writes count
// as overrides.
package fieldwrites

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.fieldwrites"

type Artifact struct {
	ImageID     string
	SourceImage string
	Labels      map[string]string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		img.SourceImageID = a.SourceImage
		img.ProviderName = "example"
		img.Labels = a.Labels
		img.Labels["builder"] = BuilderID
		return img
	}
	return nil
}

// Labelled writes labels only.
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
		img, err := registryimage.FromArtifact(l) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		for k, v := range l.Labels {
			img.Labels[k] = v
		}
		return img
	}
	return nil
}
