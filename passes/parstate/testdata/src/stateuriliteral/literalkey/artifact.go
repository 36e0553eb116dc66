// Package literalkey compares the key with the literal "par.artifact.metadata"
// instead of the constant; it still answers the key.
package literalkey

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.literalkey"

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
	if name == "par.artifact.metadata" { // want `^key compared with the literal "par\.artifact\.metadata"`
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Switched has the literal in a switch case; the branch is still checked.
type Switched struct {
	ImageID   string
	StateData map[string]interface{}
}

func (s *Switched) BuilderId() string { return BuilderID }
func (s *Switched) Files() []string   { return nil }
func (s *Switched) Id() string        { return s.ImageID }
func (s *Switched) String() string    { return s.ImageID }
func (s *Switched) Destroy() error    { return nil }

func (s *Switched) State(name string) interface{} {
	switch name {
	case "generated_data":
		return s.StateData[name]
	case "par.artifact.metadata": // want `^key compared with the literal "par\.artifact\.metadata"`
		img, err := registryimage.FromArtifact(s)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Reversed puts the literal first.
type Reversed struct {
	ImageID     string
	SourceImage string
}

func (r *Reversed) BuilderId() string { return BuilderID }
func (r *Reversed) Files() []string   { return nil }
func (r *Reversed) Id() string        { return r.ImageID }
func (r *Reversed) String() string    { return r.ImageID }
func (r *Reversed) Destroy() error    { return nil }

func (r *Reversed) State(name string) interface{} {
	if "par.artifact.metadata" == name { // want `^key compared with the literal "par\.artifact\.metadata"`
		img, err := registryimage.FromArtifact(r, registryimage.WithSourceID(r.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}
