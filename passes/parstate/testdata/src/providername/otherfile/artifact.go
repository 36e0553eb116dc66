// Package otherfile publishes one image under "cloud" and leaves another
// with its builder ID; a file that does not import the SDK renames the
// provider of an image the package keeps in a variable. The package names
// two providers, so the default says nothing: an assignment counts in every
// file, whether or not the file imports the SDK.
package otherfile

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

// last is the image the package published last.
var last *registryimage.Image

type Image struct{ ID string }

func (a *Image) BuilderId() string { return "example.cloud" }
func (a *Image) Files() []string   { return nil }
func (a *Image) Id() string        { return a.ID }
func (a *Image) String() string    { return a.ID }
func (a *Image) Destroy() error    { return nil }

func (a *Image) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithProvider("cloud"))
		if err != nil {
			return nil
		}
		last = img
		return img
	}
	return nil
}

type Imported struct{ ID string }

func (a *Imported) BuilderId() string { return "example.post-processor.cloud-import" }
func (a *Imported) Files() []string   { return nil }
func (a *Imported) Id() string        { return a.ID }
func (a *Imported) String() string    { return a.ID }
func (a *Imported) Destroy() error    { return nil }

func (a *Imported) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a)
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}
