// Package fileselement holds disk-image builders whose Id is one of the
// files their Files lists: an image, but not its identity. The default
// leaves them alone; strict mode reports each, with no fix.
package fileselement

const BuilderID = "example.chroot"

// Chroot returns the first of its files, as an ARM chroot builder does.
type Chroot struct {
	files []string
}

func (*Chroot) BuilderId() string { return BuilderID }
func (a *Chroot) Files() []string { return a.files }
func (a *Chroot) Id() string      { return a.files[0] }
func (a *Chroot) String() string  { return "disk image" }
func (a *Chroot) Destroy() error  { return nil }

func (a *Chroot) State(name string) interface{} { // want `^Chroot\.State never answers .*; its Id is one of the files Files lists, not an image identity`
	return nil
}

// Template returns the path it also lists as its only file.
type Template struct {
	templatePath string
	StateData    map[string]interface{}
}

func (*Template) BuilderId() string { return BuilderID }
func (a *Template) Files() []string { return []string{a.templatePath} }
func (a *Template) Id() string      { return a.templatePath }
func (a *Template) String() string  { return a.templatePath }
func (a *Template) Destroy() error  { return nil }

func (a *Template) State(name string) interface{} { // want `^Template\.State never answers .*; its Id is one of the files Files lists, not an image identity`
	return a.StateData[name]
}

// Raw lists a field named for nothing in particular, and returns it.
type Raw struct {
	Output string
}

func (*Raw) BuilderId() string { return BuilderID }
func (a *Raw) Files() []string {
	out := []string{}
	if a.Output != "" {
		out = append(out, a.Output)
	}
	return out
}
func (a *Raw) Id() string     { return a.Output }
func (a *Raw) String() string { return "VM image in " + a.Output }
func (a *Raw) Destroy() error { return nil }

func (a *Raw) State(name string) interface{} { // want `^Raw\.State never answers .*; its Id is one of the files Files lists, not an image identity`
	return nil
}

// ImageFile is named for a file, but for the image it holds: an image all
// the same.
type ImageFile struct {
	path string
}

func (*ImageFile) BuilderId() string { return BuilderID }
func (a *ImageFile) Files() []string { return []string{a.path} }
func (a *ImageFile) Id() string      { return a.path }
func (a *ImageFile) String() string  { return a.path }
func (a *ImageFile) Destroy() error  { return nil }

func (a *ImageFile) State(name string) interface{} { // want `^ImageFile\.State never answers .*; its Id is one of the files Files lists, not an image identity`
	return nil
}
