package parstate_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/rawfix"
	"github.com/parlint/parlint/passes/parstate"
)

// TestMutants breaks each scenario of testdata/src in the ways a half-typed
// file is broken, one way at a time, and runs the analyzer on each broken
// copy, a mutant: it must neither panic (go/ssa's builder panics on some
// ill-typed code, securego/gosec#1607, so an engine on SSA must guard it)
// nor return an error, in the default mode or in strict mode.
//
// Each mutation rewrites the file that declares the package's first State
// method (see mutations) and is written, with the rest of its package, to
// src/mut/<package>_<mutation> of a GOPATH tree that also holds a copy of
// testdata/src, so that the mutants' imports resolve. All the mutants are
// loaded by one packages.Load, then analyzed one at a time, sequentially, so
// that a panic reaches this test, which names the mutant: the checker does
// not recover panics, and in its parallel mode one kills the test binary.
func TestMutants(t *testing.T) {
	originals := scenarioPackages(t)
	var mutants []mutant
	for _, pkg := range originals {
		mutants = append(mutants, mutantsOf(t, pkg)...)
	}
	pkgs := loadMutants(t, t.TempDir(), mutants)
	a := parstate.New()
	// Strict mode runs code the default does not (provider-name's advice
	// for images that name no provider): each mutant runs in both.
	strict := analyzerOf(parstate.Config{Strict: true})
	made, illTyped := map[string]int{}, map[string]int{} // by mutation
	withArtifacts, allArtifacts, unmodelled := 0, 0, 0
	for i, pkg := range pkgs {
		m := mutants[i]
		made[m.mutation]++
		if len(pkg.TypeErrors) > 0 {
			illTyped[m.mutation]++
		}
		artifacts, um, err := analyzeMutant(a, pkg)
		allArtifacts, unmodelled = allArtifacts+artifacts, unmodelled+um
		if err != nil {
			t.Errorf("mutant %s (%s of %s): %v", m.path(), m.file, m.from, err)
		}
		if _, _, err := analyzeMutant(strict, pkg); err != nil {
			t.Errorf("mutant %s (%s of %s), -strict: %v", m.path(), m.file, m.from, err)
		}
		if artifacts > 0 {
			withArtifacts++
		}
	}
	var counts []string
	for _, mu := range mutations {
		if illTyped[mu.name] == 0 {
			t.Errorf("no mutant of %s is ill-typed; the mutation breaks nothing", mu.name)
		}
		counts = append(counts, fmt.Sprintf("%s %d/%d", mu.name, illTyped[mu.name], made[mu.name]))
	}
	t.Logf("%d mutants of %d scenario packages, %d with an artifact in the result; ill-typed by mutation: %s; "+
		"%d of their %d artifacts, in files that type-check, left alone because the model could not be built or followed",
		len(mutants), len(originals), withArtifacts, strings.Join(counts, ", "), unmodelled, allArtifacts)
}

// A mutant is a scenario package with one file rewritten by one mutation.
type mutant struct {
	from     string // the scenario's import path: "errorignored/fix/plain"
	dir      string // the scenario's directory
	mutation string
	file     string // the base name of the rewritten file
	src      []byte // its mutated source
}

// path returns the mutant's import path: mut/<scenario>_<mutation>, the
// scenario's path with its slashes turned into underscores.
func (m *mutant) path() string {
	return "mut/" + strings.ReplaceAll(m.from, "/", "_") + "_" + m.mutation
}

// scenarioPackages loads the scenario packages of testdata/src that declare
// a State method, not the SDK stubs (github.com/...) nor the look-alike
// packages (example.com/...), with their dependencies from export data.
func scenarioPackages(t *testing.T) []*packages.Package {
	t.Helper()
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := gopathConfig(dir)
	cfg.Mode = rawfix.Mode
	pkgs, err := packages.Load(&cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	var out []*packages.Package
	for _, pkg := range pkgs {
		if strings.Contains(pkg.PkgPath, ".") { // github.com/..., example.com/...
			continue
		}
		if _, _, ok := findState(pkg); ok {
			out = append(out, pkg)
		}
	}
	if len(out) < 50 {
		t.Fatalf("%d scenario packages declare State; testdata/src has more than 50", len(out))
	}
	return out
}

// A stateSite is the first State method of a loaded package.
type stateSite struct {
	pkg  *packages.Package
	file *ast.File
	decl *ast.FuncDecl
}

// findState returns the first method named State of pkg, in the order of
// its files, and the file that declares it.
func findState(pkg *packages.Package) (*ast.File, *ast.FuncDecl, bool) {
	for _, f := range pkg.Syntax {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == "State" && fd.Body != nil {
				return f, fd, true
			}
		}
	}
	return nil, nil, false
}

// mutantsOf returns the mutants of a scenario package, one per mutation
// that has a place in it.
func mutantsOf(t *testing.T, pkg *packages.Package) []mutant {
	t.Helper()
	file, decl, _ := findState(pkg)
	s := &stateSite{pkg: pkg, file: file, decl: decl}
	tf := pkg.Fset.File(file.Pos())
	var out []mutant
	for _, mu := range mutations {
		n := mu.pick(s)
		if n == nil {
			continue
		}
		src, err := rewriteAt(tf.Name(), tf.Offset(n.Pos()), tf.Offset(n.End()), fmt.Sprintf("%T", n), mu.rewrite)
		if err != nil {
			t.Fatalf("%s of %s: %v", mu.name, pkg.PkgPath, err)
		}
		out = append(out, mutant{from: pkg.PkgPath, dir: filepath.Dir(tf.Name()), mutation: mu.name, file: filepath.Base(tf.Name()), src: src})
	}
	return out
}

// rewriteAt parses filename afresh, applies rewrite to its node of type
// typ spanning the offsets [pos, end) and returns the file, formatted.
func rewriteAt(filename string, pos, end int, typ string, rewrite func(*astutil.Cursor)) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	tf := fset.File(f.Pos())
	found := false
	astutil.Apply(f, func(c *astutil.Cursor) bool {
		n := c.Node()
		if !found && n != nil && n.Pos().IsValid() && tf.Offset(n.Pos()) == pos && tf.Offset(n.End()) == end && fmt.Sprintf("%T", n) == typ {
			found = true
			rewrite(c)
			return false
		}
		return !found
	}, nil)
	if !found {
		return nil, fmt.Errorf("no %s at offsets %d-%d of %s", typ, pos, end, filename)
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// loadMutants writes the mutants into the GOPATH tree gopath, beside a copy
// of testdata/src, and loads them all at once, returned in their order.
func loadMutants(t *testing.T, gopath string, mutants []mutant) []*packages.Package {
	t.Helper()
	src := filepath.Join(gopath, "src")
	if err := os.CopyFS(src, os.DirFS(filepath.Join("testdata", "src"))); err != nil {
		t.Fatal(err)
	}
	patterns := make([]string, len(mutants))
	for i, m := range mutants {
		dir := filepath.Join(src, filepath.FromSlash(m.path()))
		if err := os.CopyFS(dir, os.DirFS(m.dir)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, m.file), m.src, 0o644); err != nil {
			t.Fatal(err)
		}
		patterns[i] = m.path()
	}
	// With NeedDeps, go/packages type-checks the dependencies from source
	// rather than have the go command compile every package for export
	// data: about two seconds per hundred mutants on two cores, none of
	// which compiles.
	cfg := gopathConfig(gopath)
	cfg.Mode = rawfix.Mode | packages.NeedDeps
	pkgs, err := packages.Load(&cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*packages.Package{}
	for _, pkg := range pkgs {
		byPath[pkg.PkgPath] = pkg
	}
	out := make([]*packages.Package, len(mutants))
	for i, m := range mutants {
		if out[i] = byPath[m.path()]; out[i] == nil || out[i].Types == nil || len(out[i].Syntax) == 0 {
			t.Fatalf("mutant %s did not load", m.path())
		}
	}
	return out
}

// analyzeMutant runs a on pkg and returns the number of artifacts of its
// result, and a panic, with its stack, or the error of an action but the
// skip of an analyzer that does not run despite errors on an ill-typed
// package (parstate runs despite them, so its own is never allowed).
func analyzeMutant(a *analysis.Analyzer, pkg *packages.Package) (artifacts, unmodelled int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, []*packages.Package{pkg}, &checker.Options{Sequential: true})
	if err != nil {
		return 0, 0, err
	}
	for act := range graph.All() {
		if act.Err != nil && !(act.Package.IllTyped && !act.Analyzer.RunDespiteErrors) {
			return 0, 0, fmt.Errorf("%s: %v", act, act.Err)
		}
		if res, ok := act.Result.(*parstate.Result); ok && act.IsRoot {
			artifacts += len(res.Artifacts)
			for _, art := range res.Artifacts {
				if strings.Contains(art.Reason, "could not model") && art.Withheld == "" {
					unmodelled++
				}
			}
		}
	}
	return artifacts, unmodelled, nil
}
