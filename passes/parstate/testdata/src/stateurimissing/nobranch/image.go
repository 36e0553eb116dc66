package nobranch

// MachineImage answers no key at all: State always returns nil, without a
// registry branch.
type MachineImage struct {
	ImageID string
}

func (m *MachineImage) BuilderId() string { return BuilderID }
func (m *MachineImage) Files() []string   { return nil }
func (m *MachineImage) Id() string        { return m.ImageID }
func (m *MachineImage) String() string    { return m.ImageID }
func (m *MachineImage) Destroy() error    { return nil }

func (m *MachineImage) State(name string) interface{} { // want `^MachineImage\.State never answers registryimage\.ArtifactStateURI, so`
	return nil
}
