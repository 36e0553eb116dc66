// Package noimport returns the error on the error path in a file that does not
// import the registry package.
package noimport

import "fmt"

const BuilderID = "example.noimport"

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
	if name == registryKey {
		img, err := buildImage(a, a.SourceImage)
		if err != nil {
			return fmt.Errorf("registry image: %w", err) // want `returns .* on the error path`
		}
		return img
	}
	return nil
}
