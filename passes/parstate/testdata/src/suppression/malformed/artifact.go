// Package malformed has malformed directives above real findings.
// Verdict chosen here (the lead may flip it): a malformed directive is
// reported and silences nothing, like staticcheck's //lint:ignore.
package malformed

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

const BuilderID = "example.directivemalformed"

type Artifact struct {
	ImageID string
}

func (a *Artifact) BuilderId() string { return BuilderID }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		// want +1 `parlint:ignore needs a reason`
		//parlint:ignore sourceid-missing
		img, err := registryimage.FromArtifact(a) // want `^image built by registryimage\.FromArtifact never sets SourceImageID`
		if err != nil {
			log.Printf("registry image: %v", err)
			return nil
		}
		return img
	}
	return nil
}

type Partial struct {
	ImageID string
}

func (p *Partial) BuilderId() string { return BuilderID }
func (p *Partial) Files() []string   { return nil }
func (p *Partial) Id() string        { return p.ImageID }
func (p *Partial) String() string    { return p.ImageID }
func (p *Partial) Destroy() error    { return nil }

func (p *Partial) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		// want +1 `parlint:ignore names unknown category "errors-ignored"`
		//parlint:ignore sourceid-missing,errors-ignored no source image; FromArtifact cannot fail here
		img, _ := registryimage.FromArtifact(p) // want `^error from registryimage\.FromArtifact is discarded` `^image built by registryimage\.FromArtifact never sets SourceImageID`
		return img
	}
	return nil
}
