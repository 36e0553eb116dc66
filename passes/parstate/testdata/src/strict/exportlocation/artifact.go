// Package exportlocation holds export post-processors whose Id is where the
// exported image file lies (a bucket URL, a path built from a bucket and a
// name): an image, but not its identity. The default leaves them alone;
// strict mode reports each, with no fix.
package exportlocation

import (
	"fmt"
	"path"
)

const BuilderID = "example.export"

// URLs returns the first URL it uploaded to, as yandex-export does.
type URLs struct {
	paths []string
	urls  []string
}

func (*URLs) BuilderId() string { return BuilderID }
func (a *URLs) Id() string      { return a.urls[0] }
func (a *URLs) Files() []string { return append([]string(nil), a.paths...) }
func (a *URLs) String() string  { return fmt.Sprintf("Exported artifacts in: %s", a.paths) }
func (a *URLs) Destroy() error  { return nil }

func (*URLs) State(name string) interface{} { // want `^URLs\.State never answers .*; its Id is a path or a URL, not an image identity`
	return nil
}

// Bucket formats a gs:// URL.
type Bucket struct {
	Bucket, Object string
}

func (*Bucket) BuilderId() string { return BuilderID }
func (a *Bucket) Id() string      { return fmt.Sprintf("gs://%s/%s", a.Bucket, a.Object) }
func (a *Bucket) Files() []string { return nil }
func (a *Bucket) String() string  { return a.Object }
func (a *Bucket) Destroy() error  { return nil }

func (a *Bucket) State(name string) interface{} { // want `^Bucket\.State never answers .*; its Id is a path or a URL, not an image identity`
	return nil
}

// Joined joins the bucket and the key, with path.Join and with +.
type Joined struct {
	Bucket, Key string
	S3          bool
}

func (*Joined) BuilderId() string { return BuilderID }
func (a *Joined) Files() []string { return nil }
func (a *Joined) String() string  { return a.Key }
func (a *Joined) Destroy() error  { return nil }

func (a *Joined) Id() string {
	if a.S3 {
		return "s3://" + a.Bucket + "/" + a.Key
	}
	return path.Join(a.Bucket, a.Key)
}

func (a *Joined) State(name string) interface{} { // want `^Joined\.State never answers .*; its Id is a path or a URL, not an image identity`
	return nil
}
