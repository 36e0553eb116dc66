package nobranch

// ExportArtifact is the image exported by the same builder; its State only
// serves the state map.
type ExportArtifact struct {
	ImageID   string
	Path      string
	StateData map[string]interface{}
}

func (a *ExportArtifact) BuilderId() string { return BuilderID }
func (a *ExportArtifact) Files() []string   { return []string{a.Path} }
func (a *ExportArtifact) Id() string        { return a.ImageID }
func (a *ExportArtifact) String() string    { return a.Path }
func (a *ExportArtifact) Destroy() error    { return nil }

func (a *ExportArtifact) State(name string) interface{} { // want `^ExportArtifact\.State never answers registryimage\.ArtifactStateURI, so`
	return a.StateData[name]
}
