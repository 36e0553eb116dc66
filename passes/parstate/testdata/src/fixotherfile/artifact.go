// Package fixotherfile answers the key through helpers declared in another
// file of the package: each fix edits the file that holds the code it fixes,
// and adds the imports that file lacks.
package fixotherfile

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

const BuilderID = "example.fixotherfile"

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
	if name == registryimage.ArtifactStateURI {
		return a.registryImage()
	}
	return nil
}

// Disk's helper has a *Image result: returning nil there would reach Packer
// as a typed nil, so the error-ignored fix is not offered.
type Disk struct {
	DiskID      string
	SourceImage string
}

func (d *Disk) BuilderId() string { return BuilderID }
func (d *Disk) Files() []string   { return nil }
func (d *Disk) Id() string        { return d.DiskID }
func (d *Disk) String() string    { return d.DiskID }
func (d *Disk) Destroy() error    { return nil }

func (d *Disk) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return d.registryImage()
	}
	return nil
}
