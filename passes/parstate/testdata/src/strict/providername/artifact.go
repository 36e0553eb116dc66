// Package providername publishes its images under their builder IDs, and
// names no provider anywhere: the default cannot tell the right name and
// says nothing; strict mode reports each, with advice and no fix, but for
// a builder ID that is itself a platform's name.
package providername

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Image struct {
	ID, SourceImage string
}

func (a *Image) BuilderId() string { return "example.post-processor.import" }
func (a *Image) Files() []string   { return nil }
func (a *Image) Id() string        { return a.ID }
func (a *Image) String() string    { return a.ID }
func (a *Image) Destroy() error    { return nil }

func (a *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, so consumers that query HCP Packer by platform do not find it; pass registryimage\.WithProvider with the cloud or service's name, as the SDK documents it \("aws", "azure", "gce", "docker", "vsphere"\)$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Platform's builder ID is one word: the platform's name already.
type Platform struct {
	ID, SourceImage string
}

func (a *Platform) BuilderId() string { return "hypercloud" }
func (a *Platform) Files() []string   { return nil }
func (a *Platform) Id() string        { return a.ID }
func (a *Platform) String() string    { return a.ID }
func (a *Platform) Destroy() error    { return nil }

func (a *Platform) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
