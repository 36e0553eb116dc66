// Package literal publishes one image as a literal under its provider, and
// another with FromArtifact under its builder ID.
package literal

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Snapshot struct{ ID string }

func (a *Snapshot) BuilderId() string { return "example.snapshot" }
func (a *Snapshot) Files() []string   { return nil }
func (a *Snapshot) Id() string        { return a.ID }
func (a *Snapshot) String() string    { return a.ID }
func (a *Snapshot) Destroy() error    { return nil }

func (a *Snapshot) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ImageID: a.ID, ProviderName: "hypercloud", SourceImageID: "base"}
	}
	return nil
}

type Volume struct{ ID string }

func (a *Volume) BuilderId() string { return "example.volume" }
func (a *Volume) Files() []string   { return nil }
func (a *Volume) Id() string        { return a.ID }
func (a *Volume) String() string    { return a.ID }
func (a *Volume) Destroy() error    { return nil }

func (a *Volume) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, .*; pass registryimage\.WithProvider\("hypercloud"\)`
		return img
	}
	return nil
}
