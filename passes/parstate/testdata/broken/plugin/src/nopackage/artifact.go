// Package nopackage has a file without a package clause (noclause.go), as
// an editor sees a file being created: its ast.File has no position of its
// own, so parstate must find its token.File by FileStart, and check the
// other files all the same.
package nopackage

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.nopackage" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `never answers registryimage\.ArtifactStateURI`
	return a.StateData[name]
}
