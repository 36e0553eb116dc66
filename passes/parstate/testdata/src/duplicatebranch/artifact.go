// Package duplicatebranch has a second copy of the registry branch after a
// first one that is always taken for the key and always returns, as a real
// plugin has: the second copy never runs for the key, so nothing is reported
// inside it, however wrong it is. When the first branch may fall through, the
// second is live and checked.
package duplicatebranch

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.duplicatebranch"

type Artifact struct {
	ImageID     string
	SourceImage string
	StateData   map[string]interface{}
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	case "generated_data":
		return a.StateData[name]
	}

	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a)
		img.SourceImageID = a.StateData["source"].(string)
		return img
	}
	return nil
}

// AfterIf repeats an if branch.
type AfterIf struct {
	ImageID     string
	SourceImage string
}

func (a *AfterIf) BuilderId() string { return BuilderID }
func (a *AfterIf) Files() []string   { return nil }
func (a *AfterIf) Id() string        { return a.ImageID }
func (a *AfterIf) String() string    { return a.ImageID }
func (a *AfterIf) Destroy() error    { return nil }

func (a *AfterIf) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI || name == "image" {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		if err != nil {
			return nil
		}
		return img
	}
	if name == "generated_data" {
		return nil
	}
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a)
		return img
	}
	return nil
}

// Conditional's first branch is not always taken for the key: the second one
// runs when the artifact is not ready, and is checked.
type Conditional struct {
	ImageID     string
	SourceImage string
	Ready       bool
}

func (c *Conditional) BuilderId() string { return BuilderID }
func (c *Conditional) Files() []string   { return nil }
func (c *Conditional) Id() string        { return c.ImageID }
func (c *Conditional) String() string    { return c.ImageID }
func (c *Conditional) Destroy() error    { return nil }

func (c *Conditional) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI && c.Ready {
		img, err := registryimage.FromArtifact(c, registryimage.WithSourceID(c.SourceImage))
		if err != nil {
			return nil
		}
		return img
	}
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(c, registryimage.WithSourceID(c.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	return nil
}

// Breaking's first branch may break out of the switch: the code after the
// switch runs for the key, and is checked.
type Breaking struct {
	ImageID     string
	SourceImage string
	Skip        bool
}

func (b *Breaking) BuilderId() string { return BuilderID }
func (b *Breaking) Files() []string   { return nil }
func (b *Breaking) Id() string        { return b.ImageID }
func (b *Breaking) String() string    { return b.ImageID }
func (b *Breaking) Destroy() error    { return nil }

func (b *Breaking) State(name string) interface{} {
	switch name {
	case registryimage.ArtifactStateURI:
		if b.Skip {
			break
		}
		img, err := registryimage.FromArtifact(b, registryimage.WithSourceID(b.SourceImage))
		if err != nil {
			return nil
		}
		return img
	}
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(b, registryimage.WithSourceID(b.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded`
		return img
	}
	return nil
}

// EarlyReturn answers after a != early return; what follows its final return
// never runs.
type EarlyReturn struct {
	ImageID     string
	SourceImage string
	StateData   map[string]interface{}
}

func (e *EarlyReturn) BuilderId() string { return BuilderID }
func (e *EarlyReturn) Files() []string   { return nil }
func (e *EarlyReturn) Id() string        { return e.ImageID }
func (e *EarlyReturn) String() string    { return e.ImageID }
func (e *EarlyReturn) Destroy() error    { return nil }

func (e *EarlyReturn) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return e.StateData[name]
	}
	img, err := registryimage.FromArtifact(e, registryimage.WithSourceID(e.SourceImage))
	if err != nil {
		return nil
	}
	return img
	img2, _ := registryimage.FromArtifact(e)
	return img2
}

// LoopBreak's first branch breaks out of a loop of its own, which does not
// leave the branch: the second copy is still dead.
type LoopBreak struct {
	ImageID     string
	SourceImage string
	Regions     []string
}

func (l *LoopBreak) BuilderId() string { return BuilderID }
func (l *LoopBreak) Files() []string   { return nil }
func (l *LoopBreak) Id() string        { return l.ImageID }
func (l *LoopBreak) String() string    { return l.ImageID }
func (l *LoopBreak) Destroy() error    { return nil }

func (l *LoopBreak) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		region := ""
		for _, r := range l.Regions {
			if r != "" {
				region = r
				break
			}
		}
		img, err := registryimage.FromArtifact(l, registryimage.WithRegion(region), registryimage.WithSourceID(l.SourceImage))
		if err != nil {
			return nil
		}
		return img
	}
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(l)
		return img
	}
	return nil
}
