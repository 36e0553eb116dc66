// Package builder is a legacy plugin that does not depend on the SDK: a fix
// that imports packer/registry/image would break its build.
package builder

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.legacy" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want `never answers registryimage\.ArtifactStateURI, so HCP Packer never hears of this artifact's images; add a branch .* \(no automatic fix: nothing this package imports comes from github\.com/hashicorp/packer-plugin-sdk, so parlint cannot tell whether its build provides packer/registry/image; depend on the SDK v0\.2\.5 or newer first\)$`
	if name == "par.artifact.metadata.v0" {
		return nil
	}
	return a.StateData[name]
}
