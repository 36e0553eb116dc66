// Package fieldwrite publishes one image under its provider by writing the
// field, and another under its builder ID; a third's builder ID is the
// provider's name already, and a package with two providers names none.
package fieldwrite

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Container struct{ ID string }

func (a *Container) BuilderId() string { return "example.container" }
func (a *Container) Files() []string   { return nil }
func (a *Container) Id() string        { return a.ID }
func (a *Container) String() string    { return a.ID }
func (a *Container) Destroy() error    { return nil }

func (a *Container) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a)
		if err != nil {
			return nil
		}
		img.ProviderName = "docker"
		return img
	}
	return nil
}

type Pushed struct{ ID string }

func (a *Pushed) BuilderId() string { return "example.post-processor.push" }
func (a *Pushed) Files() []string   { return nil }
func (a *Pushed) Id() string        { return a.ID }
func (a *Pushed) String() string    { return a.ID }
func (a *Pushed) Destroy() error    { return nil }

func (a *Pushed) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, .*; pass registryimage\.WithProvider\("docker"\)`
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}

// Tagged's builder ID is "docker": the builder ID is the provider.
type Tagged struct{ ID string }

func (a *Tagged) BuilderId() string { return "docker" }
func (a *Tagged) Files() []string   { return nil }
func (a *Tagged) Id() string        { return a.ID }
func (a *Tagged) String() string    { return a.ID }
func (a *Tagged) Destroy() error    { return nil }

func (a *Tagged) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a)
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}
