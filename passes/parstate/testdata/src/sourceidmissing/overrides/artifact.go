// Package overrides passes every SDK option to FromArtifact.
package overrides

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.overrides"

type Artifact struct {
	Name        string
	ImageID     string
	Location    string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.Name }
func (a *Artifact) String() string    { return a.Name }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		labels := map[string]interface{}{"name": a.Name, "disk_gb": 20}
		img, err := registryimage.FromArtifact(a,
			registryimage.WithID(a.ImageID),
			registryimage.WithProvider("example"),
			registryimage.WithRegion(a.Location),
			registryimage.WithSourceID(a.SourceImage),
			registryimage.SetLabels(labels),
		)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
