package packer

// MockArtifact is the SDK's own test double: an artifact by its method set
// that never answers the registry key. parstate does not check the SDK
// module's own packages.
type MockArtifact struct {
	BuilderIdValue string
	FilesValue     []string
	IdValue        string
	StateValues    map[string]interface{}
	DestroyCalled  bool
	StringValue    string
}

func (a *MockArtifact) BuilderId() string { return a.BuilderIdValue }
func (a *MockArtifact) Files() []string   { return a.FilesValue }

func (a *MockArtifact) Id() string {
	id := a.IdValue
	if id == "" {
		id = "bar"
	}
	return id
}

func (a *MockArtifact) String() string { return a.StringValue }

func (a *MockArtifact) State(name string) interface{} {
	value := a.StateValues[name]
	return value
}

func (a *MockArtifact) Destroy() error {
	a.DestroyCalled = true
	return nil
}
