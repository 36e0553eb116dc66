// Package packageregion publishes one artifact in a region it names as a
// constant: the package's other image takes the same.
package packageregion

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

const BuilderID = "example.packageregion"

type Image struct{ ID string }

func (a *Image) BuilderId() string { return BuilderID }
func (a *Image) Files() []string   { return nil }
func (a *Image) Id() string        { return a.ID }
func (a *Image) String() string    { return a.ID }
func (a *Image) Destroy() error    { return nil }

func (a *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion("global"))
		if err != nil {
			return nil
		}
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
