// Package literal has Image literals, with and without a region.
package literal

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

const BuilderID = "example.literal"

// Snapshot builds its image as a literal, and leaves out its location.
type Snapshot struct {
	SnapshotID string
	Location   string
}

func (a *Snapshot) BuilderId() string { return BuilderID }
func (a *Snapshot) Files() []string   { return nil }
func (a *Snapshot) Id() string        { return a.SnapshotID }
func (a *Snapshot) String() string    { return a.SnapshotID }
func (a *Snapshot) Destroy() error    { return nil }

func (a *Snapshot) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ // want `^registryimage\.Image literal never sets ProviderRegion, so consumers that query HCP Packer by region do not find the image; set ProviderRegion: a\.Location$`
			ImageID:       a.SnapshotID,
			ProviderName:  "example",
			SourceImageID: "base",
		}
	}
	return nil
}

// OneLine spells it on one line.
type OneLine struct {
	ID   string
	Zone string
}

func (o OneLine) BuilderId() string { return BuilderID }
func (o OneLine) Files() []string   { return nil }
func (o OneLine) Id() string        { return o.ID }
func (o OneLine) String() string    { return o.ID }
func (o OneLine) Destroy() error    { return nil }

func (o OneLine) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return []registryimage.Image{{ImageID: o.ID, ProviderName: "example", SourceImageID: "base"}} // want `^registryimage\.Image literal never sets ProviderRegion, .*; set ProviderRegion: o\.Zone$`
	}
	return nil
}

// Complete sets it.
type Complete struct {
	ID     string
	Region string
}

func (c *Complete) BuilderId() string { return BuilderID }
func (c *Complete) Files() []string   { return nil }
func (c *Complete) Id() string        { return c.ID }
func (c *Complete) String() string    { return c.ID }
func (c *Complete) Destroy() error    { return nil }

func (c *Complete) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return &registryimage.Image{ImageID: c.ID, ProviderName: "example", ProviderRegion: c.Region, SourceImageID: "base"}
	}
	return nil
}
