// Package mapped publishes one image per region through FromMappedData,
// and names its provider for its snapshots but not in the callback.
package mapped

import (
	"fmt"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Regional struct {
	Amis      map[string]string
	Snapshots []string
}

func (a *Regional) BuilderId() string { return "example.mapped" }
func (a *Regional) Files() []string   { return nil }
func (a *Regional) Id() string        { return fmt.Sprint(a.Amis) }
func (a *Regional) String() string    { return a.Id() }
func (a *Regional) Destroy() error    { return nil }

func (a *Regional) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	images, err := registryimage.FromMappedData(a.Amis, func(key, value interface{}) (*registryimage.Image, error) {
		region, _ := key.(string)
		id, _ := value.(string)
		return registryimage.FromArtifact(a, registryimage.WithID(id), registryimage.WithRegion(region)) // want `^image built by registryimage\.FromArtifact keeps the artifact's builder ID as its ProviderName, .*; pass registryimage\.WithProvider\("hypercloud"\)`
	})
	if err != nil {
		return nil
	}
	for _, s := range a.Snapshots {
		img, err := registryimage.FromArtifact(a, registryimage.WithID(s), registryimage.WithProvider("hypercloud"))
		if err != nil {
			continue
		}
		images = append(images, img)
	}
	return images
}
