// Package sourcefields has artifacts that never answer the key: the inserted
// branch passes a source field only when its name clearly names the source
// image, and otherwise none, which leaves one sourceid-missing for the author
// to resolve.
package sourcefields

const BuilderID = "example.sourcefields"

// Unanswered never answers the key and has only a base directory: the
// inserted branch passes no source, which leaves one sourceid-missing for the
// author to resolve.
type Unanswered struct {
	ImageID   string
	BaseDir   string
	StateData map[string]interface{}
}

func (u *Unanswered) BuilderId() string { return BuilderID }
func (u *Unanswered) Files() []string   { return nil }
func (u *Unanswered) Id() string        { return u.ImageID }
func (u *Unanswered) String() string    { return u.ImageID }
func (u *Unanswered) Destroy() error    { return nil }

func (u *Unanswered) State(name string) interface{} { // want `^Unanswered\.State never answers registryimage\.ArtifactStateURI, so`
	return u.StateData[name]
}

// AMI never answers the key; its base AMI is clearly the source image.
type AMI struct {
	AMIID     string
	BaseAMI   string
	BuildDir  string
	StateData map[string]interface{}
}

func (a *AMI) BuilderId() string { return BuilderID }
func (a *AMI) Files() []string   { return nil }
func (a *AMI) Id() string        { return a.AMIID }
func (a *AMI) String() string    { return a.AMIID }
func (a *AMI) Destroy() error    { return nil }

func (a *AMI) State(name string) interface{} { // want `^AMI\.State never answers registryimage\.ArtifactStateURI, so`
	return a.StateData[name]
}
