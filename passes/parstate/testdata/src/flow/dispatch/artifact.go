// Package dispatch answers the registry key in every way the control-flow
// graph decides it: same-package predicates, a handler table, a prefix
// test, a named key type, a variable that only holds the URI. The probe on
// each registry path is an unchecked type assertion, reported only where
// it runs for the URI.
package dispatch

import (
	"log"
	"strings"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID     string
	Source string
	Data   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.dispatch" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// image builds the documented image of a for region.
func image(a packer.Artifact, region, source string) interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithRegion(region), registryimage.WithSourceID(source))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

func isRegistryKey(k string) bool { return k == registryimage.ArtifactStateURI }

func isEither(k string) bool {
	return k == "generated_data" || isRegistryKey(k)
}

// Pred tests the key with a same-package predicate.
type Pred struct{ base }

func (a *Pred) State(name string) interface{} {
	if isRegistryKey(name) {
		return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
	}
	if name == "generated_data" {
		return a.Data["generated"].(map[string]interface{})
	}
	return nil
}

// PredOr tests it through a predicate that calls another.
type PredOr struct{ base }

func (a *PredOr) State(name string) interface{} {
	if !isEither(name) {
		return nil
	}
	return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
}

// Table maps keys to handlers.
type Table struct{ base }

var handlers = map[string]func(*Table) interface{}{
	registryimage.ArtifactStateURI: (*Table).hcp,
	"generated_data":               (*Table).generated,
}

func (a *Table) hcp() interface{} {
	return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
}

func (a *Table) generated() interface{} { return a.Data["generated"].(map[string]interface{}) }

func (a *Table) State(name string) interface{} {
	if h, ok := handlers[name]; ok {
		return h(a)
	}
	return nil
}

// Prefix tests the key with strings.HasPrefix.
type Prefix struct{ base }

func (a *Prefix) State(name string) interface{} {
	if strings.HasPrefix(name, registryimage.ArtifactStateURI) {
		return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
	}
	return a.Data[name].(string)
}

type stateKey string

const (
	keyRegistry  stateKey = registryimage.ArtifactStateURI
	keyGenerated stateKey = "generated_data"
)

// Named converts the key to a named string type.
type Named struct{ base }

func (a *Named) State(name string) interface{} {
	switch k := stateKey(name); k {
	case keyGenerated:
		return a.Data["generated"].(map[string]interface{})
	case keyRegistry:
		return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
	}
	return nil
}

var hcpKey = registryimage.ArtifactStateURI

// Var compares the key with a variable that only ever holds the URI, after
// trimming it.
type Var struct{ base }

func (a *Var) State(name string) interface{} {
	key := strings.TrimSpace(name)
	if key != hcpKey {
		return a.Data[key]
	}
	return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
}

// Before asserts before the dispatch: that runs for the URI too.
type Before struct{ base }

func (a *Before) State(name string) interface{} {
	region := a.Data["region"].(string) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
	if name == registryimage.ArtifactStateURI {
		return image(a, region, a.Source)
	}
	return region
}

// Dead has a second registry branch that never runs: the first always
// returns for the URI.
type Dead struct{ base }

func (a *Dead) State(name string) interface{} {
	switch name {
	case "generated_data":
		return a.Data["generated"].(map[string]interface{})
	case registryimage.ArtifactStateURI:
		return image(a, a.Source, a.Source)
	}
	if name == registryimage.ArtifactStateURI {
		return image(a, a.Data["region"].(string), a.Source)
	}
	return nil
}

// Fatal stops the plugin before a second branch.
type Fatal struct{ base }

func (a *Fatal) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		if a.Source == "" {
			log.Fatalf("no source for %s", a.ID)
		}
		return image(a, a.Source, a.Source)
	}
	if strings.EqualFold(name, registryimage.ArtifactStateURI) {
		return a.Data["region"].(string)
	}
	return nil
}

// Short, Either and Negated stop at the first operand for the URI: the
// assertion in the second never runs for it. Both runs where the first
// operand does not decide.
type Short struct{ base }

func (a *Short) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI && a.Data[name].(string) == "" {
		return nil
	}
	if name == registryimage.ArtifactStateURI {
		return image(a, a.Source, a.Source)
	}
	return a.Data[name]
}

type Either struct{ base }

func (a *Either) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI || a.Data[name].(string) != "" {
		if name == registryimage.ArtifactStateURI {
			return image(a, a.Source, a.Source)
		}
		return a.Data[name]
	}
	return nil
}

type Negated struct{ base }

func (a *Negated) State(name string) interface{} {
	if !(isRegistryKey(name) || strings.HasPrefix(name, "par.")) && a.Data[name].(bool) {
		return nil
	}
	if isRegistryKey(name) {
		return image(a, a.Source, a.Source)
	}
	return a.Data[name]
}

type Both struct {
	base
	Debug bool
}

func (a *Both) State(name string) interface{} {
	if a.Debug && a.Data["region"].(string) == "" { // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
		return nil
	}
	if name == registryimage.ArtifactStateURI {
		return image(a, a.Source, a.Source)
	}
	return a.Data[name]
}
