// Package multiregion builds one image per region in a loop; skipping a region
// whose image fails with continue is a legitimate policy.
package multiregion

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.multiregion"

type Artifact struct {
	// Amis maps region to AMI ID.
	Amis      map[string]string
	SourceAMI string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return "amis" }
func (a *Artifact) String() string    { return "amis" }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		var images []*registryimage.Image
		for region, id := range a.Amis {
			img, err := registryimage.FromArtifact(a,
				registryimage.WithID(id),
				registryimage.WithRegion(region),
				registryimage.WithSourceID(a.SourceAMI),
			)
			if err != nil {
				log.Printf("[DEBUG] skipping %s: %s", region, err)
				continue
			}
			images = append(images, img)
		}
		return images
	}
	return nil
}

// Disks builds one image per disk and returns the error from inside the loop.
type Disks struct {
	DiskIDs     []string
	SourceImage string
}

func (d *Disks) BuilderId() string { return BuilderID }
func (d *Disks) Files() []string   { return nil }
func (d *Disks) Id() string        { return "disks" }
func (d *Disks) String() string    { return "disks" }
func (d *Disks) Destroy() error    { return nil }

func (d *Disks) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images := make([]*registryimage.Image, 0, len(d.DiskIDs))
		for _, id := range d.DiskIDs {
			img, err := registryimage.FromArtifact(d,
				registryimage.WithID(id),
				registryimage.WithSourceID(d.SourceImage),
			)
			if err != nil {
				return err
			}
			images = append(images, img)
		}
		return images
	}
	return nil
}
