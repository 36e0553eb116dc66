// Package packageliteral publishes one image as a literal in a region it
// names as a constant, and writes it on another: the package's third image
// takes the same.
package packageliteral

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

const (
	BuilderID = "example.packageliteral"
	region    = "global"
)

type Image struct{ ID string }

func (a *Image) BuilderId() string { return BuilderID }
func (a *Image) Files() []string   { return nil }
func (a *Image) Id() string        { return a.ID }
func (a *Image) String() string    { return a.ID }
func (a *Image) Destroy() error    { return nil }

func (a *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ImageID: a.ID, ProviderName: "example", ProviderRegion: region, SourceImageID: "base"}
	}
	return nil
}

type Written struct{ ID string }

func (a *Written) BuilderId() string { return BuilderID }
func (a *Written) Files() []string   { return nil }
func (a *Written) Id() string        { return a.ID }
func (a *Written) String() string    { return a.ID }
func (a *Written) Destroy() error    { return nil }

func (a *Written) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a)
		if err != nil {
			return nil
		}
		img.ProviderRegion = "global"
		return img
	}
	return nil
}

type Copy struct{ ID string }

func (a *Copy) BuilderId() string { return BuilderID }
func (a *Copy) Files() []string   { return nil }
func (a *Copy) Id() string        { return a.ID }
func (a *Copy) String() string    { return a.ID }
func (a *Copy) Destroy() error    { return nil }

func (a *Copy) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, .*; pass registryimage\.WithRegion\("global"\)$`
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}
