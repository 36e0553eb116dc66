// Package mapped has multi-region artifacts that publish one image per
// region through FromMappedData: the region is the map's key.
package mapped

import (
	"fmt"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.mapped"

// Regional asserts the key to a string it names region, and publishes it
// as a label only.
type Regional struct {
	Amis map[string]string
}

func (a *Regional) BuilderId() string { return BuilderID }
func (a *Regional) Files() []string   { return nil }
func (a *Regional) Id() string        { return fmt.Sprint(a.Amis) }
func (a *Regional) String() string    { return a.Id() }
func (a *Regional) Destroy() error    { return nil }

func (a *Regional) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	images, err := registryimage.FromMappedData(a.Amis, func(key, value interface{}) (*registryimage.Image, error) {
		region, ok := key.(string)
		if !ok {
			return nil, fmt.Errorf("unexpected key %v", key)
		}
		id, ok := value.(string)
		if !ok {
			return nil, fmt.Errorf("unexpected value %v", value)
		}
		labels := map[string]interface{}{"region": region} // a label, not the image's ProviderRegion
		return registryimage.FromArtifact(a, registryimage.WithID(id), registryimage.SetLabels(labels)) // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, .*; pass registryimage\.WithRegion\(region\)$`
	})
	if err != nil {
		return nil
	}
	return images
}

// ByZone names its map for zones, and reads the key without asserting it:
// the advice names the key, and there is no fix.
type ByZone struct {
	ImagesByZone map[string]string
}

func (a *ByZone) BuilderId() string { return BuilderID }
func (a *ByZone) Files() []string   { return nil }
func (a *ByZone) Id() string        { return fmt.Sprint(a.ImagesByZone) }
func (a *ByZone) String() string    { return a.Id() }
func (a *ByZone) Destroy() error    { return nil }

func (a *ByZone) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	images, err := registryimage.FromMappedData(a.ImagesByZone, func(k, v interface{}) (*registryimage.Image, error) {
		return registryimage.FromArtifact(a, registryimage.WithID(fmt.Sprint(v))) // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, .*; pass registryimage\.WithRegion with the image's region \(the map key, k\)$`
	})
	if err != nil {
		return nil
	}
	return images
}

// Disks maps disk names, not regions: nothing names a region.
type Disks struct {
	Disks map[string]string
}

func (a *Disks) BuilderId() string { return BuilderID }
func (a *Disks) Files() []string   { return nil }
func (a *Disks) Id() string        { return fmt.Sprint(a.Disks) }
func (a *Disks) String() string    { return a.Id() }
func (a *Disks) Destroy() error    { return nil }

func (a *Disks) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	images, err := registryimage.FromMappedData(a.Disks, func(disk, id interface{}) (*registryimage.Image, error) {
		return registryimage.FromArtifact(a, registryimage.WithID(fmt.Sprint(id)))
	})
	if err != nil {
		return nil
	}
	return images
}
