// Package checkedmeaning tells a check of an image call's error from a
// read that decides nothing. errors.Is and errors.As decide on the error:
// checked. Assigning it to _, only logging it, or storing it in a field
// that nothing reads decide nothing: the error is never checked.
package checkedmeaning

import (
	"errors"
	"fmt"
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

var errTags = errors.New("bad tags")

// A tagError is the error of withTags for a tag that is not a string.
type tagError struct{ key string }

func (e *tagError) Error() string { return fmt.Sprintf("tag %s is not a string", e.key) }

type base struct {
	ID          string
	SourceImage string
	Tags        map[string]interface{}
	StateData   map[string]interface{}
}

func (b *base) BuilderId() string { return "example.checkedmeaning" }
func (b *base) Files() []string   { return nil }
func (b *base) Id() string        { return b.ID }
func (b *base) String() string    { return b.ID }
func (b *base) Destroy() error    { return nil }

// withTags copies the string tags into the image's labels.
func (b *base) withTags(img *registryimage.Image) error {
	for k, v := range b.Tags {
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("%w: %w", errTags, &tagError{key: k})
		}
		img.Labels[k] = s
	}
	return nil
}

// Is checks the error with errors.Is.
type Is struct{ base }

func (a *Is) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage), a.withTags)
		if errors.Is(err, errTags) {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}

// As checks the error with errors.As.
type As struct{ base }

func (a *As) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return a.StateData[name]
	}
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage), a.withTags)
	var tagErr *tagError
	if errors.As(err, &tagErr) {
		log.Printf("[DEBUG] skipping the registry image: %s", tagErr)
		return nil
	}
	return img
}

// Blank assigns the error to _.
type Blank struct{ base }

func (a *Blank) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is (never checked|discarded)`
		_ = err
		return img
	}
	return a.StateData[name]
}

// Logged only logs the error.
type Logged struct{ base }

func (a *Logged) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		log.Printf("[DEBUG] error creating HCP Packer registry image: %v", err)
		return img
	}
	return a.StateData[name]
}

// Stored keeps the error in a field that nothing reads.
type Stored struct {
	base
	lastErr error
}

func (a *Stored) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // want `^error from registryimage\.FromArtifact is never checked`
		a.lastErr = err
		return img
	}
	return a.StateData[name]
}
