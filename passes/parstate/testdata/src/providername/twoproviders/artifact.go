// Package twoproviders publishes under two providers: which one a third
// image belongs to is the author's call, so the default says nothing.
package twoproviders

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Art struct {
	ID   string
	Kind int
}

func (a *Art) BuilderId() string { return "example.two" }
func (a *Art) Files() []string   { return nil }
func (a *Art) Id() string        { return a.ID }
func (a *Art) String() string    { return a.ID }
func (a *Art) Destroy() error    { return nil }

func (a *Art) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	var opts []registryimage.ArtifactOverrideFunc
	switch a.Kind {
	case 0:
		opts = append(opts, registryimage.WithProvider("aws"))
	case 1:
		opts = append(opts, registryimage.WithProvider("azure"))
	}
	img, err := registryimage.FromArtifact(a, opts...)
	if err != nil {
		return nil
	}
	return img
}

type Other struct{ ID string }

func (a *Other) BuilderId() string { return "example.other" }
func (a *Other) Files() []string   { return nil }
func (a *Other) Id() string        { return a.ID }
func (a *Other) String() string    { return a.ID }
func (a *Other) Destroy() error    { return nil }

func (a *Other) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(a)
	if err != nil {
		return nil
	}
	return img
}
