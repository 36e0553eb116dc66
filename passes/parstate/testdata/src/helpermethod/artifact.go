// Package helpermethod delegates the registry key to a helper method, declared
// to return interface{}, *Image, []*Image or ([]*Image, error). A *Image
// helper that returns nil on its error path must have its result checked in
// State: returned as it is, Packer gets a typed nil.
package helpermethod

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.helpermethod"

// AMI's helper returns interface{}.
type AMI struct {
	AMIID     string
	Region    string
	SourceAMI string
	StateData map[string]interface{}
}

func (a *AMI) BuilderId() string { return BuilderID }
func (a *AMI) Files() []string   { return nil }
func (a *AMI) Id() string        { return a.AMIID }
func (a *AMI) String() string    { return a.AMIID }
func (a *AMI) Destroy() error    { return nil }

func (a *AMI) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return a.stateHCPPackerRegistryMetadata()
	}
	return a.StateData[name]
}

func (a *AMI) stateHCPPackerRegistryMetadata() interface{} {
	img, err := registryimage.FromArtifact(a,
		registryimage.WithRegion(a.Region),
		registryimage.WithSourceID(a.SourceAMI),
	)
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Disk's helper returns *Image.
type Disk struct {
	DiskID      string
	SourceImage string
}

func (d *Disk) BuilderId() string { return BuilderID }
func (d *Disk) Files() []string   { return nil }
func (d *Disk) Id() string        { return d.DiskID }
func (d *Disk) String() string    { return d.DiskID }
func (d *Disk) Destroy() error    { return nil }

// State hands Packer the helper's typed nil when FromArtifact fails.
func (d *Disk) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return d.hcpPackerRegistryMetadata() // want `^State returns the \*registryimage\.Image of hcpPackerRegistryMetadata, which is nil when building the image fails: a typed nil, which RPC turns into nil, so Packer skips the artifact, but the plugin's own tests see a non-nil value; check it for nil and return a plain nil, or give hcpPackerRegistryMetadata an interface\{\} result$`
	}
	return nil
}

// CheckedDisk's State checks its *Image helper's result for nil.
type CheckedDisk struct {
	DiskID      string
	SourceImage string
}

func (d *CheckedDisk) BuilderId() string { return BuilderID }
func (d *CheckedDisk) Files() []string   { return nil }
func (d *CheckedDisk) Id() string        { return d.DiskID }
func (d *CheckedDisk) String() string    { return d.DiskID }
func (d *CheckedDisk) Destroy() error    { return nil }

func (d *CheckedDisk) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		if img := d.hcpPackerRegistryMetadata(); img != nil {
			return img
		}
		return nil
	}
	return nil
}

func (d *CheckedDisk) hcpPackerRegistryMetadata() *registryimage.Image {
	img, err := registryimage.FromArtifact(d, registryimage.WithSourceID(d.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func (d *Disk) hcpPackerRegistryMetadata() *registryimage.Image {
	img, err := registryimage.FromArtifact(d, registryimage.WithSourceID(d.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Gallery's helper returns []*Image, skipping the replicas that fail.
type Gallery struct {
	Replicas    map[string]string
	SourceImage string
}

func (g *Gallery) BuilderId() string { return BuilderID }
func (g *Gallery) Files() []string   { return nil }
func (g *Gallery) Id() string        { return "gallery" }
func (g *Gallery) String() string    { return "gallery image" }
func (g *Gallery) Destroy() error    { return nil }

func (g *Gallery) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return g.images()
	}
	return nil
}

func (g *Gallery) images() []*registryimage.Image {
	var images []*registryimage.Image
	for region, id := range g.Replicas {
		img, err := registryimage.FromArtifact(g,
			registryimage.WithID(id),
			registryimage.WithRegion(region),
			registryimage.WithSourceID(g.SourceImage),
		)
		if err != nil {
			log.Printf("[DEBUG] skipping replica in %s: %s", region, err)
			continue
		}
		images = append(images, img)
	}
	return images
}

// Template's helper returns ([]*Image, error) and State checks the error.
type Template struct {
	Regions     []string
	TemplateID  string
	SourceImage string
}

func (t *Template) BuilderId() string { return BuilderID }
func (t *Template) Files() []string   { return nil }
func (t *Template) Id() string        { return t.TemplateID }
func (t *Template) String() string    { return t.TemplateID }
func (t *Template) Destroy() error    { return nil }

func (t *Template) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		images, err := t.registryImages()
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry images: %s", err)
			return nil
		}
		return images
	}
	return nil
}

func (t *Template) registryImages() ([]*registryimage.Image, error) {
	var images []*registryimage.Image
	for _, region := range t.Regions {
		img, err := registryimage.FromArtifact(t,
			registryimage.WithRegion(region),
			registryimage.WithSourceID(t.SourceImage),
		)
		if err != nil {
			return nil, err
		}
		images = append(images, img)
	}
	return images, nil
}

// Guarded's *Image helper returns nil only from a guard that is not about
// the image: not reported.
type Guarded struct {
	DiskID      string
	SourceImage string
}

func (g *Guarded) BuilderId() string { return BuilderID }
func (g *Guarded) Files() []string   { return nil }
func (g *Guarded) Id() string        { return g.DiskID }
func (g *Guarded) String() string    { return g.DiskID }
func (g *Guarded) Destroy() error    { return nil }

func (g *Guarded) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return g.image()
	}
	return nil
}

func (g *Guarded) image() *registryimage.Image {
	if g == nil {
		return nil
	}
	return &registryimage.Image{ImageID: g.DiskID, ProviderName: BuilderID, SourceImageID: g.SourceImage}
}

// Listed's []*Image helper returns nil when FromArtifact fails: reported.
type Listed struct {
	DiskIDs     []string
	SourceImage string
}

func (l *Listed) BuilderId() string { return BuilderID }
func (l *Listed) Files() []string   { return nil }
func (l *Listed) Id() string        { return l.DiskIDs[0] }
func (l *Listed) String() string    { return l.DiskIDs[0] }
func (l *Listed) Destroy() error    { return nil }

func (l *Listed) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return l.images() // want `^State returns the \[\]\*registryimage\.Image of images, which is nil when building the image fails: a typed nil`
	}
	return nil
}

func (l *Listed) images() []*registryimage.Image {
	var out []*registryimage.Image
	for _, id := range l.DiskIDs {
		img, err := registryimage.FromArtifact(l, registryimage.WithID(id), registryimage.WithSourceID(l.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		out = append(out, img)
	}
	return out
}
