// Package dot dot-imports the registry package.
package dot

import (
	"log"

	. "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.dot"

type Artifact struct {
	ImageID     string
	SourceImage string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == ArtifactStateURI {
		img, err := FromArtifact(a, WithRegion("global")) // want `^image built by (\w+\.)?FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
