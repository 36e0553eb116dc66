// Package option publishes its builder's image under an explicit provider,
// and its import post-processor's image under its builder ID: consumers
// that query by platform find one, not the other.
package option

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Image is the builder's artifact: it names its provider.
type Image struct {
	ID        string
	StateData map[string]interface{}
}

func (a *Image) BuilderId() string { return "example.cloud" }
func (a *Image) Files() []string   { return nil }
func (a *Image) Id() string        { return a.ID }
func (a *Image) String() string    { return a.ID }
func (a *Image) Destroy() error    { return nil }

func (a *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithProvider(provider))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

const provider = "cloud"

// Imported is the import post-processor's artifact: it keeps its builder
// ID, "example.post-processor.cloud-import".
type Imported struct {
	ID string
}

func (a *Imported) BuilderId() string { return "example.post-processor.cloud-import" }
func (a *Imported) Files() []string   { return nil }
func (a *Imported) Id() string        { return a.ID }
func (a *Imported) String() string    { return a.ID }
func (a *Imported) Destroy() error    { return nil }

func (a *Imported) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, so consumers that query HCP Packer by platform do not find it; pass registryimage\.WithProvider\("cloud"\), the provider this package's other images are published under$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Exported builds its options in a slice, without a provider, in a helper.
type Exported struct {
	ID, Source string
}

func (a *Exported) BuilderId() string { return "example.post-processor.cloud-export" }
func (a *Exported) Files() []string   { return nil }
func (a *Exported) Id() string        { return a.ID }
func (a *Exported) String() string    { return a.ID }
func (a *Exported) Destroy() error    { return nil }

func (a *Exported) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	return a.image()
}

func (a *Exported) image() interface{} {
	opts := []registryimage.ArtifactOverrideFunc{registryimage.WithSourceID(a.Source)}
	img, err := registryimage.FromArtifact(a, // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, .*; pass registryimage\.WithProvider\("cloud"\), the provider`
		opts...)
	if err != nil {
		return nil
	}
	return img
}

// Named sets it through an options slice and a field write: neither is
// reported.
type Named struct {
	ID   string
	Mode int
}

func (a *Named) BuilderId() string { return "example.named" }
func (a *Named) Files() []string   { return nil }
func (a *Named) Id() string        { return a.ID }
func (a *Named) String() string    { return a.ID }
func (a *Named) Destroy() error    { return nil }

func (a *Named) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	if a.Mode == 0 {
		opts := []registryimage.ArtifactOverrideFunc{registryimage.WithProvider("cloud")}
		img, err := registryimage.FromArtifact(a, opts...)
		if err != nil {
			return nil
		}
		return img
	}
	img, err := registryimage.FromArtifact(a)
	if err != nil {
		return nil
	}
	img.ProviderName = "cloud"
	return img
}
