// Package localconst compares the key with constants, declared in another file
// or another package, whose value is the registry URI.
package localconst

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

	"localconst/keys"
)

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
	if name == hcpMetadataKey {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Export compares with a constant of another package; its image lacks a source.
type Export struct {
	Path      string
	StateData map[string]interface{}
}

func (e *Export) BuilderId() string { return BuilderID }
func (e *Export) Files() []string   { return []string{e.Path} }
func (e *Export) Id() string        { return e.Path }
func (e *Export) String() string    { return e.Path }
func (e *Export) Destroy() error    { return nil }

func (e *Export) State(name string) interface{} {
	switch name {
	case keys.GeneratedData:
		return e.StateData[name]
	case keys.Registry:
		img, err := registryimage.FromArtifact(e, registryimage.WithRegion(e.Path)) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
