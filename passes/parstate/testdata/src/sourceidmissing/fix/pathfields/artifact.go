// Package pathfields has fields named for a source that is not an image: a
// path, a directory. A fix passes a source field only when its name clearly
// names the source image; otherwise the message lists the candidates and the
// fix passes none.
package pathfields

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.pathfields"

// Paths has only a source path and a base directory: no fix.
type Paths struct {
	ImageID    string
	SourcePath string
	BaseDir    string
}

func (a *Paths) BuilderId() string { return BuilderID }
func (a *Paths) Files() []string   { return nil }
func (a *Paths) Id() string        { return a.ImageID }
func (a *Paths) String() string    { return a.ImageID }
func (a *Paths) Destroy() error    { return nil }

func (a *Paths) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets SourceImageID, so HCP Packer cannot link it to its source image; pass registryimage\.WithSourceID with the source image's ID \(no field clearly holds it; candidates: a\.SourcePath, a\.BaseDir\)$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// ImageAndPath has a source image beside a source path: the fix passes the
// image.
type ImageAndPath struct {
	ImageID     string
	SourcePath  string
	SourceImage string
}

func (a *ImageAndPath) BuilderId() string { return BuilderID }
func (a *ImageAndPath) Files() []string   { return nil }
func (a *ImageAndPath) Id() string        { return a.ImageID }
func (a *ImageAndPath) String() string    { return a.ImageID }
func (a *ImageAndPath) Destroy() error    { return nil }

func (a *ImageAndPath) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a) // want `; pass registryimage\.WithSourceID\(a\.SourceImage\)$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
