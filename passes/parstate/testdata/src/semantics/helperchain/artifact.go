// Package helperchain dispatches on the key through chains of 6, 7 and 10
// same-package predicates, the last of which compares the key with the
// SDK's constant. However long the chain, the predicate is true exactly for
// the URI: each artifact answers it correctly and nothing is reported.
package helperchain

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type base struct {
	ID          string
	SourceImage string
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.helperchain" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// Six dispatches through six predicates.
type Six struct{ base }

func isSix0(name string) bool { return isSix1(name) }
func isSix1(name string) bool { return isSix2(name) }
func isSix2(name string) bool { return isSix3(name) }
func isSix3(name string) bool { return isSix4(name) }
func isSix4(name string) bool { return isSix5(name) }
func isSix5(name string) bool { return name == registryimage.ArtifactStateURI }

func (a *Six) State(name string) interface{} {
	if isSix0(name) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// Seven dispatches through seven predicates, in a switch.
type Seven struct{ base }

func isSeven0(name string) bool { return isSeven1(name) }
func isSeven1(name string) bool { return isSeven2(name) }
func isSeven2(name string) bool { return isSeven3(name) }
func isSeven3(name string) bool { return isSeven4(name) }
func isSeven4(name string) bool { return isSeven5(name) }
func isSeven5(name string) bool { return isSeven6(name) }
func isSeven6(name string) bool { return registryimage.ArtifactStateURI == name }

func (a *Seven) State(name string) interface{} {
	switch {
	case isSeven0(name):
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	default:
		return a.StateData[name]
	}
}

// Ten dispatches through ten predicates, with an early return.
type Ten struct{ base }

func isTen0(name string) bool { return isTen1(name) }
func isTen1(name string) bool { return isTen2(name) }
func isTen2(name string) bool { return isTen3(name) }
func isTen3(name string) bool { return isTen4(name) }
func isTen4(name string) bool { return isTen5(name) }
func isTen5(name string) bool { return isTen6(name) }
func isTen6(name string) bool { return isTen7(name) }
func isTen7(name string) bool { return isTen8(name) }
func isTen8(name string) bool { return isTen9(name) }
func isTen9(name string) bool { return name == registryimage.ArtifactStateURI }

func (a *Ten) State(name string) interface{} {
	if !isTen0(name) {
		return a.StateData[name]
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
	if err != nil {
		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
		return nil
	}
	return img
}

// Methods dispatches through a chain of seven methods.
type Methods struct{ base }

func (a *Methods) is0(name string) bool { return a.is1(name) }
func (a *Methods) is1(name string) bool { return a.is2(name) }
func (a *Methods) is2(name string) bool { return a.is3(name) }
func (a *Methods) is3(name string) bool { return a.is4(name) }
func (a *Methods) is4(name string) bool { return a.is5(name) }
func (a *Methods) is5(name string) bool { return a.is6(name) }
func (a *Methods) is6(name string) bool { return name == registryimage.ArtifactStateURI }

func (a *Methods) State(name string) interface{} {
	if a.is0(name) {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
