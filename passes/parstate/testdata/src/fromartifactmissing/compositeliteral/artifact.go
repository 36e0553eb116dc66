// Package compositeliteral builds its images as composite literals, without
// an SDK constructor.
package compositeliteral

import (
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.compositeliteral"

// Artifact sets ImageID, ProviderName and SourceImageID.
type Artifact struct {
	ImageID     string
	Zone        string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{
			ImageID:        a.ImageID,
			ProviderName:   BuilderID,
			ProviderRegion: a.Zone,
			SourceImageID:  a.SourceImage,
			Labels:         map[string]string{"zone": a.Zone},
		}
	}
	return nil
}

// Replicas returns a slice of literals with their type elided.
type Replicas struct {
	Zones       map[string]string
	SourceImage string
}

func (r *Replicas) BuilderId() string { return BuilderID }
func (r *Replicas) Files() []string   { return nil }
func (r *Replicas) Id() string        { return "replicas" }
func (r *Replicas) String() string    { return "replicas" }
func (r *Replicas) Destroy() error    { return nil }

func (r *Replicas) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images := []*registryimage.Image{}
		for zone, id := range r.Zones {
			images = append(images, &registryimage.Image{ImageID: id, ProviderName: BuilderID, ProviderRegion: zone, SourceImageID: r.SourceImage})
		}
		return images
	}
	return nil
}

// NoImageID never sets ImageID.
type NoImageID struct {
	ImageID     string
	SourceImage string
}

func (n *NoImageID) BuilderId() string { return BuilderID }
func (n *NoImageID) Files() []string   { return nil }
func (n *NoImageID) Id() string        { return n.ImageID }
func (n *NoImageID) String() string    { return n.ImageID }
func (n *NoImageID) Destroy() error    { return nil }

func (n *NoImageID) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ProviderName: BuilderID, SourceImageID: n.SourceImage} // want `^\w+\.Image literal never sets (ImageID|ProviderName)`
	}
	return nil
}

// NoSource sets ImageID and ProviderName but not SourceImageID, in a value.
type NoSource struct {
	ImageID string
}

func (n NoSource) BuilderId() string { return BuilderID }
func (n NoSource) Files() []string   { return nil }
func (n NoSource) Id() string        { return n.ImageID }
func (n NoSource) String() string    { return n.ImageID }
func (n NoSource) Destroy() error    { return nil }

func (n NoSource) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return registryimage.Image{
			ImageID:      n.ImageID,
			ProviderName: BuilderID,
		}
	}
	return nil
}

// LateID sets ImageID with a field write after the literal.
type LateID struct {
	ImageID     string
	SourceImage string
}

func (l *LateID) BuilderId() string { return BuilderID }
func (l *LateID) Files() []string   { return nil }
func (l *LateID) Id() string        { return l.ImageID }
func (l *LateID) String() string    { return l.ImageID }
func (l *LateID) Destroy() error    { return nil }

func (l *LateID) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img := &registryimage.Image{ProviderName: BuilderID, SourceImageID: l.SourceImage}
		img.ImageID = l.ImageID
		return img
	}
	return nil
}
