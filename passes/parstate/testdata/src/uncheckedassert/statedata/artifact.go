// Package statedata asserts state data types without checking on the
// registry path; the same assertions elsewhere are not reported.
package statedata

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.uncheckedassert"

type Artifact struct {
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.StateData["image_id"].(string) }
func (a *Artifact) String() string    { return a.Id() }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	switch name {
	case "generated_data":
		generated := a.StateData["generated_data"].(map[string]interface{})
		return generated
	case registryimage.ArtifactStateURI:
		generated := a.StateData["generated_data"].(map[string]interface{}) // want `^unchecked type assertion a\.StateData\["generated_data"\]\.\(map\[string\]interface\{\}\) on the registry path panics the plugin when it fails; use the comma-ok form and skip the image$`
		source := generated["SourceImage"].(string)                         // want `^unchecked type assertion generated\["SourceImage"\]\.\(string\) on the registry path`
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(source))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Chained asserts twice in one expression.
type Chained struct {
	ImageID   string
	StateData map[string]interface{}
}

func (c *Chained) BuilderId() string { return BuilderID }
func (c *Chained) Files() []string   { return nil }
func (c *Chained) Id() string        { return c.ImageID }
func (c *Chained) String() string    { return c.ImageID }
func (c *Chained) Destroy() error    { return nil }

func (c *Chained) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(c,
			registryimage.WithSourceID(c.StateData["generated_data"].(map[string]interface{})["SourceImage"].(string)), // want `^unchecked type assertion c\.StateData\["generated_data"\]\.\(map\[string\]interface\{\}\) on the registry path` `^unchecked type assertion …\["SourceImage"\]\.\(string\) on the registry path`
		)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

// Helper asserts in a helper on the registry path; its comma-ok and
// type-switch assertions are fine.
type Helper struct {
	ImageID   string
	StateData map[string]interface{}
}

func (h *Helper) BuilderId() string { return BuilderID }
func (h *Helper) Files() []string   { return nil }
func (h *Helper) Id() string        { return h.ImageID }
func (h *Helper) String() string    { return h.ImageID }
func (h *Helper) Destroy() error    { return nil }

func (h *Helper) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(h,
			registryimage.WithSourceID(h.sourceImage()),
			registryimage.WithRegion(h.region()),
		)
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

func (h *Helper) sourceImage() string {
	return h.StateData["source_image"].(string) // want `^unchecked type assertion h\.StateData\["source_image"\]\.\(string\) on the registry path`
}

func (h *Helper) region() string {
	if r, ok := h.StateData["region"].(string); ok {
		return r
	}
	switch r := h.StateData["zone"].(type) {
	case string:
		return r
	}
	r, _ := h.StateData["location"].(string)
	return r
}
