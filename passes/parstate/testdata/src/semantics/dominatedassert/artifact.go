// Package dominatedassert asserts a value's type on the registry path only
// where an earlier test of the same value and type has already succeeded:
// inside a type switch's case for that type, after a comma-ok assertion
// that branched on ok. Such an assertion cannot fail and is not reported;
// one that no test covers is.
package dominatedassert

import (
	"log"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID        string
	StateData map[string]interface{}
}

func (b *base) BuilderId() string { return "example.dominatedassert" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

func (b *base) image(a packer.Artifact, source string) interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(source))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Switched asserts inside the type switch's case for that type.
type Switched struct{ base }

func (a *Switched) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	src := a.StateData["source_image"]
	switch src.(type) {
	case string:
		return a.image(a, src.(string))
	default:
		return nil
	}
}

// OK asserts after a comma-ok assertion of the same type succeeded.
type OK struct{ base }

func (a *OK) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		gd := a.StateData["generated_data"]
		if _, ok := gd.(map[string]interface{}); ok {
			src, _ := gd.(map[string]interface{})["SourceImage"].(string)
			return a.image(a, src)
		}
		return nil
	}
	return a.StateData[name]
}

// Early returns when the comma-ok assertion fails, then asserts.
type Early struct{ base }

func (a *Early) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		src := a.StateData["source_image"]
		if _, ok := src.(string); !ok {
			return nil
		}
		return a.image(a, src.(string))
	}
	return a.StateData[name]
}

// Uncovered tests one type and asserts another, and asserts a map entry
// that nothing tested: both are reported.
type Uncovered struct{ base }

func (a *Uncovered) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		gd := a.StateData["generated_data"]
		switch gd.(type) {
		case map[string]interface{}:
			m := gd.(map[string]interface{})
			return a.image(a, m["SourceImage"].(string)) // want `^unchecked type assertion m\["SourceImage"\]\.\(string\) on the registry path`
		case map[string]string:
			src, _ := gd.(map[string]interface{})["SourceImage"].(string) // want `^unchecked type assertion gd\.\(map\[string\]interface\{\}\) on the registry path`
			return a.image(a, src)
		}
		return nil
	}
	return a.StateData[name]
}

// Tested asserts an entry of a map whose own type a comma-ok assertion
// tested: the entry is not covered.
type Tested struct{ base }

func (a *Tested) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		gd := a.StateData["generated_data"]
		if _, ok := gd.(map[string]interface{}); ok {
			src := gd.(map[string]interface{})["SourceImage"].(string) // want `^unchecked type assertion gd\.\(map\[string\]interface\{\}\)\["SourceImage"\]\.\(string\) on the registry path`
			return a.image(a, src)
		}
		return nil
	}
	return a.StateData[name]
}
