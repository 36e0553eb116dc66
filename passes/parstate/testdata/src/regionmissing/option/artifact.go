// Package option has images built by FromArtifact, with and without a
// region, spelled as an option, an options slice, a field write, an option
// of the plugin's own and a helper method.
package option

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.regionmissing"

// Missing holds its region but never publishes it.
type Missing struct {
	ImageID   string
	Region    string
	StateData map[string]interface{}
}

func (a *Missing) BuilderId() string { return BuilderID }
func (a *Missing) Files() []string   { return nil }
func (a *Missing) Id() string        { return a.ImageID }
func (a *Missing) String() string    { return a.ImageID }
func (a *Missing) Destroy() error    { return nil }

func (a *Missing) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithProvider("example")) // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, so consumers that query HCP Packer by region do not find it; pass registryimage\.WithRegion\(a\.Region\)$`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Zoned keeps its zone, and builds the image in a helper, with its options
// listed one per line.
type Zoned struct {
	ImageName string
	Zone      string
}

func (z *Zoned) BuilderId() string { return BuilderID }
func (z *Zoned) Files() []string   { return nil }
func (z *Zoned) Id() string        { return z.ImageName }
func (z *Zoned) String() string    { return z.ImageName }
func (z *Zoned) Destroy() error    { return nil }

func (z *Zoned) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return z.image()
	}
	return nil
}

func (z *Zoned) image() interface{} {
	img, err := registryimage.FromArtifact(z, // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, .*; pass registryimage\.WithRegion\(z\.Zone\)$`
		registryimage.WithProvider("example"),
	)
	if err != nil {
		return nil
	}
	return img
}

// Located has two fields that may hold its region: the advice names both,
// and there is no fix.
type Located struct {
	ID         string
	Location   string
	Datacenter string
}

func (l *Located) BuilderId() string { return BuilderID }
func (l *Located) Files() []string   { return nil }
func (l *Located) Id() string        { return l.ID }
func (l *Located) String() string    { return l.ID }
func (l *Located) Destroy() error    { return nil }

func (l *Located) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(l) // want `^image built by registryimage\.FromArtifact never sets ProviderRegion, .*; pass registryimage\.WithRegion with the image's region \(the artifact's Location or Datacenter\)$`
	if err != nil {
		return nil
	}
	return img
}

// Set publishes its region in each of the ways an image gets one.
type Set struct {
	ID     string
	Region string
	Mode   int
}

func (a *Set) BuilderId() string { return BuilderID }
func (a *Set) Files() []string   { return nil }
func (a *Set) Id() string        { return a.ID }
func (a *Set) String() string    { return a.ID }
func (a *Set) Destroy() error    { return nil }

func (a *Set) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	switch a.Mode {
	case 0:
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region))
		if err != nil {
			return nil
		}
		return img
	case 1:
		opts := []registryimage.ArtifactOverrideFunc{registryimage.WithProvider("example")}
		opts = append(opts, registryimage.WithRegion(a.Region))
		img, err := registryimage.FromArtifact(a, opts...)
		if err != nil {
			return nil
		}
		return img
	}
	img, err := registryimage.FromArtifact(a, inRegion(a.Region))
	if err != nil {
		return nil
	}
	return img
}

// inRegion is an option of the plugin's own.
func inRegion(r string) registryimage.ArtifactOverrideFunc {
	return func(img *registryimage.Image) error {
		img.ProviderRegion = r
		return nil
	}
}

// Written sets the field after FromArtifact.
type Written struct {
	ID     string
	Region string
}

func (a *Written) BuilderId() string { return BuilderID }
func (a *Written) Files() []string   { return nil }
func (a *Written) Id() string        { return a.ID }
func (a *Written) String() string    { return a.ID }
func (a *Written) Destroy() error    { return nil }

func (a *Written) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(a)
	if err != nil {
		return nil
	}
	img.ProviderRegion = a.Region
	return img
}

// Local is a disk image with nothing that names its region: fields that
// name where its source came from and where its file lies are not one.
type Local struct {
	ID           string
	OutputDir    string
	SourceRegion string
	FileLocation string
}

func (a *Local) BuilderId() string { return BuilderID }
func (a *Local) Files() []string   { return nil }
func (a *Local) Id() string        { return a.ID }
func (a *Local) String() string    { return a.ID }
func (a *Local) Destroy() error    { return nil }

func (a *Local) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	img, err := registryimage.FromArtifact(a)
	if err != nil {
		return nil
	}
	return img
}
