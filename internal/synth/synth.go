// Package synth writes synthetic Packer plugin modules for parlint's
// benchmarks and command tests: a plugin module of N packages with M
// artifacts each, whose State methods mix the documented pattern with the
// mistakes parlint reports, and a fake SDK module that the plugin requires
// through a replace directive, so that the result loads offline.
//
// The output is made on demand (by the benchmarks, the command's tests and
// scripts/bench-vs-noop.sh through cmd/synth) and never committed.
package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Options says what to generate.
type Options struct {
	// Module is the plugin's module path; the default is "example.com/synth".
	Module string
	// Packages is the number of plugin packages (at least 1).
	Packages int
	// Artifacts is the number of artifact types per package.
	Artifacts int
	// Filler is the number of ordinary functions per package besides the
	// artifacts, so that the analyzer's share of the work is realistic; the
	// default is 20.
	Filler int
	// Tests adds a _test.go file to each package, as real plugins have.
	Tests bool
}

// A Shape is one kind of State method the generator writes.
type Shape struct {
	Name string
	// Want lists the categories parlint reports on it, in order.
	Want []string
	src  string // with {T} for the type name
}

// Shapes are cycled through: artifact i of package p has shape
// Shapes[(p+i)%len(Shapes)].
var Shapes = []Shape{
	{Name: "documented", src: `
func (a *{T}) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a,
			registryimage.WithRegion(a.Region),
			registryimage.WithSourceID(a.Source),
		)
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
`},
	{Name: "multiregion", src: `
func (a *{T}) State(name string) interface{} {
	switch name {
	case "generated_data":
		return a.StateData[name]
	case registryimage.ArtifactStateURI:
		imgs, err := registryimage.FromMappedData(a.Regions, func(k, v interface{}) (*registryimage.Image, error) {
			region, _ := k.(string)
			id, _ := v.(string)
			return registryimage.FromArtifact(a,
				registryimage.WithRegion(region),
				registryimage.WithID(id),
				registryimage.WithSourceID(a.Source),
			)
		})
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry images: %s", err)
			return nil
		}
		return imgs
	}
	return nil
}
`},
	{Name: "nouri", Want: []string{"state-uri-missing"}, src: `
func (a *{T}) State(name string) interface{} {
	return a.StateData[name]
}
`},
	{Name: "literal", Want: []string{"state-uri-literal"}, src: `
func (a *{T}) State(name string) interface{} {
	if name == "par.artifact.metadata" {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		if err != nil {
			return nil
		}
		return img
	}
	return a.StateData[name]
}
`},
	{Name: "errorignored", Want: []string{"error-ignored"}, src: `
func (a *{T}) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		return img
	}
	return a.StateData[name]
}
`},
	{Name: "errorreturn", Want: []string{"error-return"}, src: `
func (a *{T}) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return img
		}
		return img
	}
	return a.StateData[name]
}
`},
	{Name: "nosource", Want: []string{"sourceid-missing"}, src: `
func (a *{T}) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region))
		if err != nil {
			return nil
		}
		return img
	}
	return a.StateData[name]
}
`},
	{Name: "notartifact", src: `
// State makes {T} look like an artifact, but {T} has no Destroy method.
func (a *{T}) State(name string) interface{} {
	return a.StateData[name]
}
`},
}

// Categories returns the categories the shapes were written for, sorted:
// those some shape wants. The command's tests disable the others, so that a
// category added later changes none of their counts.
func Categories() []string {
	var cats []string
	for _, s := range Shapes {
		for _, c := range s.Want {
			if !slices.Contains(cats, c) {
				cats = append(cats, c)
			}
		}
	}
	slices.Sort(cats)
	return cats
}

// methods are the other five methods of packer.Artifact.
const methods = `
func (a *{T}) BuilderId() string { return BuilderID }
func (a *{T}) Files() []string   { return nil }
func (a *{T}) Id() string        { return a.ID }
func (a *{T}) String() string    { return "{T}: " + a.ID }
`

const destroy = `func (a *{T}) Destroy() error    { return nil }
`

const fields = `
// {T} is a generated artifact.
type {T} struct {
	ID        string
	Region    string
	Source    string
	Regions   map[string]string
	StateData map[string]interface{}
}
`

// Write writes the fake SDK into dir/sdk and the plugin module into
// dir/plugin, and returns the plugin module's directory.
func Write(dir string, o Options) (string, error) {
	if o.Module == "" {
		o.Module = "example.com/synth"
	}
	if o.Packages < 1 {
		return "", fmt.Errorf("synth: %d packages; want at least 1", o.Packages)
	}
	if o.Filler == 0 {
		o.Filler = 20
	}
	if err := WriteSDK(filepath.Join(dir, "sdk")); err != nil {
		return "", err
	}
	plugin := filepath.Join(dir, "plugin")
	files := map[string]string{
		"go.mod":           GoMod(o.Module, "../sdk"),
		"common/common.go": commonFile(),
	}
	for p := range o.Packages {
		name := fmt.Sprintf("builder%04d", p)
		files[name+"/artifact.go"] = artifactFile(o, p, name)
		files[name+"/config.go"] = fillerFile(o, name)
		if o.Tests {
			files[name+"/artifact_test.go"] = testFile(name)
		}
	}
	return plugin, WriteFiles(plugin, files)
}

// WriteSDK writes the fake SDK module into dir.
func WriteSDK(dir string) error { return WriteFiles(dir, sdkFiles()) }

// GoMod returns a go.mod for module that requires the SDK and replaces it by
// the fake SDK in sdkDir (relative to the module, or absolute).
func GoMod(module, sdkDir string) string {
	return fmt.Sprintf("module %s\n\ngo 1.21\n\nrequire %s %s\n\nreplace %s => %s\n",
		module, SDKModule, sdkVersion, SDKModule, filepath.ToSlash(sdkDir))
}

// ShapeOf returns the shape of artifact i of package p.
func ShapeOf(p, i int) Shape { return Shapes[(p+i)%len(Shapes)] }

func artifactFile(o Options, p int, pkg string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `// Package %s is a generated Packer builder.
package %s

import (
	"log"

	registryimage "%s/packer/registry/image"

	"%s/common"
)

// BuilderID identifies the builder.
const BuilderID = "synth.%s"

var _ = log.Printf
var _ = common.Tag
`, pkg, pkg, SDKModule, o.Module, pkg)
	for i := range o.Artifacts {
		s := ShapeOf(p, i)
		t := fmt.Sprintf("Artifact%d", i)
		src := fields + methods + s.src
		if s.Name != "notartifact" {
			src += destroy
		}
		b.WriteString(strings.ReplaceAll(src, "{T}", t))
	}
	return b.String()
}

// fillerFile is ordinary plugin code with no artifact: a config, its
// validation and steps, which the analyzer skips but the loader type-checks.
func fillerFile(o Options, pkg string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `package %s

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"%s/common"
)

// Config is the builder's configuration.
type Config struct {
	Region      string
	SourceImage string
	Tags        map[string]string
	Timeout     time.Duration
}

// Prepare validates the configuration.
func (c *Config) Prepare() error {
	var errs []error
	if c.Region == "" {
		errs = append(errs, errors.New("region is required"))
	}
	if c.Timeout == 0 {
		c.Timeout = 5 * time.Minute
	}
	return errors.Join(errs...)
}
`, pkg, o.Module)
	for i := range o.Filler {
		fmt.Fprintf(&b, `
// step%d is a generated build step.
func step%d(ctx context.Context, c *Config, state map[string]interface{}) error {
	keys := make([]string, 0, len(c.Tags))
	for k := range c.Tags {
		keys = append(keys, strings.ToLower(k))
	}
	sort.Strings(keys)
	select {
	case <-ctx.Done():
		return fmt.Errorf("step %d: %%w", ctx.Err())
	default:
	}
	state[common.Tag(%d)] = strings.Join(keys, ",")
	return nil
}
`, i, i, i, i)
	}
	return b.String()
}

func testFile(pkg string) string {
	return fmt.Sprintf(`package %s

import "testing"

func TestPrepare(t *testing.T) {
	c := &Config{}
	if err := c.Prepare(); err == nil {
		t.Fatal("want an error for a missing region")
	}
}
`, pkg)
}

func commonFile() string {
	return `// Package common holds helpers shared by the generated builders.
package common

import (
	"fmt"

	"` + SDKModule + `/packer"
)

// Tag names a state key.
func Tag(i int) string { return fmt.Sprintf("step-%d", i) }

// IDs returns the IDs of artifacts.
func IDs(as []packer.Artifact) []string {
	var ids []string
	for _, a := range as {
		ids = append(ids, a.Id())
	}
	return ids
}
`
}

// WriteFiles writes files (slash-separated path: content) under dir,
// making the directories they need.
func WriteFiles(dir string, files map[string]string) error {
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}
