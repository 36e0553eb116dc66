// Package transitivehelper reaches the image construction through a method
// and then a package function: the registry path follows same-package calls.
package transitivehelper

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.transitive"

type Artifact struct {
	ImageID   string
	Region    string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.registry()
	}
	return a.StateData[name]
}

func (a *Artifact) registry() interface{} {
	img, err := buildImage(a, a.Region)
	if err != nil {
		log.Printf("registry image: %v", err)
		return nil
	}
	return img
}

func buildImage(a packer.Artifact, region string) (*registryimage.Image, error) {
	return registryimage.FromArtifact(a, registryimage.WithRegion(region)) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
}
