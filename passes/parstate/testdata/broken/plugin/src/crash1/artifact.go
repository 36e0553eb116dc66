// Package crash1 is the fuzz crasher testdata/fuzz/FuzzAnalyzer/5007dc41c265402d
// made readable: a file cut short after a call whose error is discarded. The
// parser ends the cut call one past the end of the file, and a fix that
// inserted the error check after it made the x/tools driver panic (edit
// beyond end of file). A State that does not parse is not judged: the
// findings would be guesses about the missing rest.
package crash1

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

type Artifact struct{ ImageID string }

func (a *Artifact) BuilderId() string { return "example.crash1" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == "par.artifact.metadata" {
		img, _ := registryimage.FromArtifact(