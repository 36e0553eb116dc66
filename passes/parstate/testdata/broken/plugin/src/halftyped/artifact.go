// Package halftyped has the shapes of code being written: an undefined
// receiver type, a key compared with an undefined name, an image built from
// an undefined function, a State whose result type is undefined.
package halftyped

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

func (m *Missing) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		return nil
	}
	return nil
}

type Artifact struct{ ImageID string }

func (a *Artifact) BuilderId() string { return "example.halftyped" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == undefinedKey {
		img, err := buildImage(a)
		if err != nil {
			return nil
		}
		return img
	}
	return nil
}

type Result struct{ ImageID string }

func (r *Result) BuilderId() string { return "example.halftyped" }
func (r *Result) Files() []string   { return nil }
func (r *Result) Id() string        { return r.ImageID }
func (r *Result) String() string    { return r.ImageID }
func (r *Result) Destroy() error    { return nil }

func (r *Result) State(name string) undefinedResult {
	if name == registryimage.ArtifactStateURI {
		return registryimage.FromArtifact(r)
	}
	return nil
}
