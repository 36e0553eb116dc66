package parstate_test

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/rawfix"
	"github.com/parlint/parlint/passes/parstate"
)

// A scalingShape writes a package whose State is correct and has one
// construct repeated n times, so that the analyzer's cost on it shows how
// its cost grows with that construct.
type scalingShape struct {
	name string
	body func(b *strings.Builder, n int) // everything after the package clause and imports
}

// scalingShapes are the shapes of issue 22, each correct: the analyzer
// reports nothing on any of them when it follows them to the end.
var scalingShapes = []scalingShape{
	{"elseif", elseIfShape},
	{"switch", switchShape},
	{"andchain", andChainShape},
	{"orchain", orChainShape},
	{"helperchain", helperChainShape},
	{"callchain", callChainShape},
	{"recursive", recursiveShape},
	{"sequential", sequentialShape(false)},
	{"sequentialerrs", sequentialShape(true)},
	{"artifacts", artifactsShape},
}

// scalingSizes are the N of BenchmarkScaling.
var scalingSizes = []int{10, 100, 1000}

// BenchmarkScaling times the analyzer alone (packages loaded, inspector
// built) on one package of each shape at N = 10, 100 and 1000:
//
//	elseif          an if / else if chain of N keys, the URI's branch in the middle
//	switch          a switch name of N cases, the URI's case in the middle
//	andchain        one condition of N && terms: name != "k0" && ... && name == URI
//	orchain         name == "k0" || ... || name == "kN-1" returns state data, then the URI's if
//	helperchain     if isKey0(name): isKey0 calls isKey1 ..., isKeyN-1 compares with the URI
//	callchain       the URI's branch returns a.image0(), which calls a.image1() ..., which builds the image
//	recursive       a ring of N methods calling each other with a counter; image0 builds the image
//	sequential      N FromArtifact calls for the URI, each error checked (one err), appended to a []*Image
//	sequentialerrs  the same with an error variable of each call's own (err0, err1, ...)
//	artifacts       N artifact types in one package, each with the documented State
//
// The findings metric is the number of diagnostics of one run: 0 on every
// shape, at every N: the model follows helperchain, callchain and recursive
// to their end (issue D1 was a false "never answers" on helperchain from
// N = 6, where a depth bound cut the key's evaluation).
//
//	go test -run='^$' -bench=Scaling -benchtime=3x -timeout 30m ./passes/parstate
//
// The growth of each shape, time(N=1000)/time(N=100) and time(N=100)/time(N=10),
// is in the README's "Scaling" section: about 10 is linear, about 100 quadratic.
func BenchmarkScaling(b *testing.B) {
	var shapes []scalingPackage
	for _, s := range scalingShapes {
		for _, n := range scalingSizes {
			shapes = append(shapes, scalingPackage{shape: s, n: n})
		}
	}
	pkgs := loadScaling(b, shapes)
	for i, sp := range shapes {
		b.Run(fmt.Sprintf("shape=%s/n=%d", sp.shape.name, sp.n), func(b *testing.B) {
			findings := 0
			pass := newPass(pkgs[i], func(analysis.Diagnostic) { findings++ })
			a := parstate.New()
			pass.Analyzer = a
			if _, err := a.Run(pass); err != nil {
				b.Fatal(err)
			}
			pass.Report = func(analysis.Diagnostic) {}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Run(pass); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(findings), "findings") // after b.Loop, whose start drops metrics
		})
	}
}

// TestScalingShapes checks that each shape of BenchmarkScaling is gofmt-clean,
// type-checks and is correct: at N = 3 and 100, the analyzer reports nothing
// on it (but on helperchain, see wantScaling). So that the benchmarks time
// real work and not an early exit, it also checks that the analyzer reaches
// every image the shape builds: without WithSourceID, each FromArtifact call
// is reported as sourceid-missing.
func TestScalingShapes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages with go list")
	}
	var sps []scalingPackage
	for _, s := range scalingShapes {
		src := scalingPackage{shape: s, n: 3}.source()
		if formatted, err := format.Source([]byte(src)); err != nil || string(formatted) != src {
			t.Errorf("%s: the source is not gofmt-clean (%v):\n%s", s.name, err, src)
		}
		for _, n := range []int{3, 100} {
			sps = append(sps, scalingPackage{shape: s, n: n}, scalingPackage{shape: s, n: n, noSourceID: true})
		}
	}
	pkgs := loadScaling(t, sps)
	a := scenarioAnalyzer(parstate.Config{}) // a category added later changes nothing here
	for i, pkg := range pkgs {
		var categories, got []string
		pass := newPass(pkg, func(d analysis.Diagnostic) {
			categories = append(categories, d.Category)
			got = append(got, fmt.Sprintf("%s: %s: %s", pkg.Fset.Position(d.Pos), d.Category, d.Message))
		})
		pass.Analyzer = a
		if _, err := a.Run(pass); err != nil {
			t.Fatal(err)
		}
		if want := wantScaling(sps[i]); !slices.Equal(categories, want) {
			t.Errorf("%s: categories %v, want %v:\n%s", sps[i].path(), categories, want, strings.Join(got, "\n"))
		}
	}
}

// wantScaling returns the categories of the findings on sp, in order.
func wantScaling(sp scalingPackage) []string {
	if !sp.noSourceID {
		return nil
	}
	return slices.Repeat([]string{parstate.CategorySourceIDMissing}, strings.Count(sp.source(), "registryimage.FromArtifact("))
}

// A scalingPackage is a shape at one N.
type scalingPackage struct {
	shape scalingShape
	n     int
	// noSourceID drops WithSourceID from every FromArtifact call, which
	// makes each a finding.
	noSourceID bool
}

// path is the package's import path in the GOPATH tree.
func (sp scalingPackage) path() string {
	if sp.noSourceID {
		return fmt.Sprintf("%s%dnosourceid", sp.shape.name, sp.n)
	}
	return fmt.Sprintf("%s%d", sp.shape.name, sp.n)
}

// source returns the package's one file.
func (sp scalingPackage) source() string {
	var b strings.Builder
	fmt.Fprintf(&b, `// Package %s is BenchmarkScaling's shape %s at N = %d.
package %[1]s

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

`, sp.path(), sp.shape.name, sp.n)
	sp.shape.body(&b, sp.n)
	if sp.noSourceID {
		return strings.ReplaceAll(b.String(), ", registryimage.WithSourceID(a.SourceImage)", "")
	}
	return b.String()
}

// loadScaling writes the packages into a GOPATH tree beside the SDK stub of
// testdata, and parses and type-checks them in the process, their imports
// (log and the stub) loaded with go/packages from export data as the parlint
// command loads them. It fails tb when one of them does not type-check. The
// packages are returned in the order of sps.
//
// go/packages is not asked for the packages themselves: it would have the go
// command compile them for export data, which takes gc minutes and
// gigabytes on the recursive shape at N = 1000, and it parses with object
// resolution, which go/parser gives up on at 1000 nested scopes, that is at
// an else-if chain of about 1000 branches ("exceeded max scope depth during
// object resolution"): the elseif shape at N = 1000 does not load in
// parlint's command or under go vet. The analyzer does not read ast.Object,
// so the files are parsed without it, as gopls parses them.
func loadScaling(tb testing.TB, sps []scalingPackage) []*packages.Package {
	tb.Helper()
	gopath := tb.TempDir()
	sdk := filepath.Join("src", "github.com", "hashicorp", "packer-plugin-sdk")
	if err := os.CopyFS(filepath.Join(gopath, sdk), os.DirFS(filepath.Join("testdata", sdk))); err != nil {
		tb.Fatal(err)
	}
	cfg := gopathConfig(gopath)
	cfg.Mode = rawfix.Mode
	deps, err := packages.Load(&cfg, "log", "github.com/hashicorp/packer-plugin-sdk/packer/registry/image")
	if err != nil {
		tb.Fatal(err)
	}
	imports := map[string]*types.Package{}
	for _, p := range deps {
		for _, e := range p.Errors {
			tb.Fatalf("%s does not load: %v", p.PkgPath, e)
		}
		imports[p.PkgPath] = p.Types
	}
	fset := token.NewFileSet()
	out := make([]*packages.Package, len(sps))
	for i, sp := range sps {
		dir := filepath.Join(gopath, "src", sp.path())
		filename := filepath.Join(dir, "artifact.go")
		src := sp.source()
		if err := os.MkdirAll(dir, 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filename, []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
		if out[i], err = checkScaling(fset, sp.path(), filename, src, imports); err != nil {
			tb.Fatal(err)
		}
	}
	return out
}

// checkScaling parses and type-checks the package of one file, as
// go/packages does for a package loaded with its syntax.
func checkScaling(fset *token.FileSet, pkgPath, filename, src string, imports map[string]*types.Package) (*packages.Package, error) {
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if p, ok := imports[path]; ok {
				return p, nil
			}
			return nil, fmt.Errorf("%s is not loaded", path)
		}),
		Sizes: types.SizesFor("gc", runtime.GOARCH),
	}
	pkg, err := conf.Check(pkgPath, fset, []*ast.File{f}, info)
	if err != nil {
		return nil, err
	}
	return &packages.Package{
		ID: pkgPath, Name: pkg.Name(), PkgPath: pkgPath,
		GoFiles: []string{filename}, CompiledGoFiles: []string{filename},
		Fset: fset, Syntax: []*ast.File{f}, Types: pkg, TypesInfo: info, TypesSizes: conf.Sizes,
	}, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
