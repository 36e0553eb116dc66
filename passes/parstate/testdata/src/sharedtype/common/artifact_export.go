// Package common holds the artifact shared by the plugin's builder and
// post-processors, in artifact_export.go: its finding is reported once, here.
package common

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.shared"

type Artifact struct {
	Name      string
	Region    string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.Name }
func (a *Artifact) String() string    { return a.Name }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region)) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
