// Package unnamedparam has State methods whose parameter is unnamed or named _:
// they cannot compare the key, so they never answer it.
package unnamedparam

const BuilderID = "example.unnamedparam"

type Unnamed struct {
	ImageID string
}

func (u *Unnamed) BuilderId() string { return BuilderID }
func (u *Unnamed) Files() []string   { return nil }
func (u *Unnamed) Id() string        { return u.ImageID }
func (u *Unnamed) String() string    { return u.ImageID }
func (u *Unnamed) Destroy() error    { return nil }

func (u *Unnamed) State(string) interface{} { // want `^Unnamed\.State never answers \w+\.ArtifactStateURI, so`
	return nil
}

type Blank struct {
	ImageID string
}

func (b *Blank) BuilderId() string { return BuilderID }
func (b *Blank) Files() []string   { return nil }
func (b *Blank) Id() string        { return b.ImageID }
func (b *Blank) String() string    { return b.ImageID }
func (b *Blank) Destroy() error    { return nil }

func (b *Blank) State(_ string) interface{} { // want `^Blank\.State never answers \w+\.ArtifactStateURI, so`
	return nil
}
