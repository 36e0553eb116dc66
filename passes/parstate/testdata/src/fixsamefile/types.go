// Package fixsamefile has fixes of several categories in one file that
// each add an import: applied together, as golangci-lint --fix and the
// driver's -fix do, each import is added once.
package fixsamefile

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type A struct{ ImageID, SourceImage string }

func (a *A) BuilderId() string { return "example.fixsamefile" }
func (a *A) Files() []string   { return nil }
func (a *A) Id() string        { return a.ImageID }
func (a *A) String() string    { return "" }
func (a *A) Destroy() error    { return nil }

func (a *A) build() (*registryimage.Image, error) {
	return registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
}

type B struct{ ImageID, SourceImage string }

func (b *B) BuilderId() string { return "example.fixsamefile" }
func (b *B) Files() []string   { return nil }
func (b *B) Id() string        { return b.ImageID }
func (b *B) String() string    { return "" }
func (b *B) Destroy() error    { return nil }

const key = registryimage.ArtifactStateURI

type C struct{ ImageID, SourceImage string }

func (c *C) BuilderId() string { return "example.fixsamefile" }
func (c *C) Files() []string   { return nil }
func (c *C) Id() string        { return c.ImageID }
func (c *C) String() string    { return "" }
func (c *C) Destroy() error    { return nil }

func (c *C) build() (*registryimage.Image, error) {
	return registryimage.FromArtifact(c, registryimage.WithSourceID(c.SourceImage))
}
