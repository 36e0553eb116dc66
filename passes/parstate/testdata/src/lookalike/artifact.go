// Package lookalike uses a package with the SDK's names under another import
// path and imports nothing from the real SDK: parstate stays silent, however
// wrong the code would be against the real SDK.
package lookalike

import (
	"errors"

	"example.com/fakesdk/packer"
	registryimage "example.com/fakesdk/packer/registry/image"
)

const BuilderID = "example.lookalike"

var _ packer.Artifact = (*Artifact)(nil)

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		source := a.StateData["generated_data"].(map[string]interface{})["SourceImage"].(string)
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(source))
		if err != nil {
			return err
		}
		return img
	case "par.artifact.metadata.v2":
		img, _ := registryimage.FromArtifact(a)
		return img
	}
	return errors.New("unknown key")
}

// Literal compares with the literal and builds an image without ImageID.
type Literal struct{}

func (l Literal) BuilderId() string { return BuilderID }
func (l Literal) Files() []string   { return nil }
func (l Literal) Id() string        { return "" }
func (l Literal) String() string    { return "" }
func (l Literal) Destroy() error    { return nil }

func (l Literal) State(name string) interface{} {
	if name == "par.artifact.metadata" {
		return &registryimage.Image{ProviderName: BuilderID}
	}
	return "n/a"
}

// Status has no registry branch at all and answers every key with a struct.
type Status struct {
	Phase string
}

func (s Status) BuilderId() string { return BuilderID }
func (s Status) Files() []string   { return nil }
func (s Status) Id() string        { return s.Phase }
func (s Status) String() string    { return s.Phase }
func (s Status) Destroy() error    { return nil }

func (s Status) State(_ string) interface{} {
	return s
}
