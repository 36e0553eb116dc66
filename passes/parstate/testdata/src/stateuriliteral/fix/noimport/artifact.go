// Package noimport compares the key with the literal in a file that does not
// import the registry package.
package noimport

const BuilderID = "example.noimport"

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
	case "par.artifact.metadata": // want `^key compared with the literal "par\.artifact\.metadata"`
		return a.registryImage()
	default:
		return a.StateData[name]
	}
}
