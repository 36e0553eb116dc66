package parstate_test

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/parlint/parlint/passes/parstate"
)

// FuzzAnalyzer parses a mutated Go file (keeping whatever AST the parser
// recovers), type-checks it against the testdata SDK stubs (keeping going past
// type errors), runs the analyzer on the result and fails on a panic or on a
// diagnostic that points outside the file. The seeds are every .go file of
// testdata/src and testdata/broken; plain go test runs just them and the
// crashers kept in testdata/fuzz/FuzzAnalyzer.
func FuzzAnalyzer(f *testing.F) {
	env, err := fuzzSetup()
	if err != nil {
		f.Fatal(err)
	}
	for _, src := range env.seeds {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		env.check(t, src)
	})
}

// A fuzzEnv is what every fuzz input shares: the seeds and a frozen importer
// whose packages were type-checked once, at setup, so that the target does
// no disk access, no go list and no parsing beyond its input.
type fuzzEnv struct {
	seeds    [][]byte
	imp      *stubImporter
	shared   []*token.File // the files of the imported packages
	analyzer *analysis.Analyzer
}

// fuzzSetup is shared by the fuzz target and the regression tests; it runs
// once per process (each fuzz worker is a process).
var fuzzSetup = sync.OnceValues(func() (*fuzzEnv, error) {
	root, err := filepath.Abs(filepath.Join("testdata", "src"))
	if err != nil {
		return nil, err
	}
	env := &fuzzEnv{imp: newStubImporter(root), analyzer: parstate.New()}
	var imports []string
	collect := func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		env.seeds = append(env.seeds, src)
		if f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ImportsOnly); err == nil {
			for _, imp := range f.Imports {
				if p, err := strconv.Unquote(imp.Path.Value); err == nil {
					imports = append(imports, p)
				}
			}
		}
		return nil
	}
	// The scenarios, then the broken trees (whose imports the stubs of
	// testdata/src answer).
	for _, dir := range []string{root, filepath.Join("testdata", "broken")} {
		if err := filepath.WalkDir(dir, collect); err != nil {
			return nil, err
		}
	}
	if len(env.seeds) == 0 {
		return nil, errors.New("no seeds under " + root)
	}
	// Warm the importer with every package a seed imports, then freeze it:
	// the shared file set never grows again, so each input's file set can
	// start with its files and positions stay valid.
	slices.Sort(imports)
	for _, p := range slices.Compact(imports) {
		env.imp.Import(p) // errors are remembered and returned to inputs
	}
	env.imp.frozen = true
	env.imp.fset.Iterate(func(f *token.File) bool {
		env.shared = append(env.shared, f)
		return true
	})
	return env, nil
})

// check runs the analyzer on src and fails on a panic or a bad diagnostic.
func (env *fuzzEnv) check(t *testing.T, src []byte) []analysis.Diagnostic {
	t.Helper()
	const name = "/fuzz/input.go"
	fset := token.NewFileSet()
	fset.AddExistingFiles(env.shared...)
	file, _ := parser.ParseFile(fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
	if file == nil {
		return nil
	}
	pkg, info, typeErrs, ok := typeCheck(fset, file, env.imp)
	if !ok {
		t.Skip("go/types panicked; not the analyzer's fault")
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:   env.analyzer,
		Fset:       fset,
		Files:      []*ast.File{file},
		Pkg:        pkg,
		TypesInfo:  info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		TypeErrors: typeErrs,
		ResultOf:   map[*analysis.Analyzer]any{},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(filename string) ([]byte, error) {
			if filename == name {
				return src, nil
			}
			return nil, fs.ErrNotExist
		},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { panic("parstate uses no facts") },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { panic("parstate uses no facts") },
		ExportObjectFact:  func(types.Object, analysis.Fact) { panic("parstate uses no facts") },
		ExportPackageFact: func(analysis.Fact) { panic("parstate uses no facts") },
		AllPackageFacts:   func() []analysis.PackageFact { panic("parstate uses no facts") },
		AllObjectFacts:    func() []analysis.ObjectFact { panic("parstate uses no facts") },
	}
	insp, err := inspect.Analyzer.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	pass.ResultOf[inspect.Analyzer] = insp
	if _, err := env.analyzer.Run(pass); err != nil {
		t.Fatalf("run: %v", err)
	}
	for _, d := range diags {
		if err := checkDiagnostic(fset, fset.File(file.Pos()), d); err != nil {
			t.Errorf("%v\n%s", err, src)
		}
	}
	return diags
}

// TestFuzzHarness checks that the fuzz target sees what analysistest sees on
// a scenario, so that the fuzzer explores the analyzer's paths and not only
// its early exits.
func TestFuzzHarness(t *testing.T) {
	env, err := fuzzSetup()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("testdata", "src", "switchcase", "artifact.go"))
	if err != nil {
		t.Fatal(err)
	}
	if diags := env.check(t, src); len(diags) == 0 {
		t.Errorf("no diagnostics on testdata/src/switchcase; the fuzz harness does not reach the checks")
	}
}

// typeCheck type-checks file as package "fuzz", collecting the errors. ok is
// false when go/types itself panicked on the (possibly partial) syntax.
func typeCheck(fset *token.FileSet, file *ast.File, imp types.Importer) (pkg *types.Package, info *types.Info, errs []types.Error, ok bool) {
	info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer:    imp,
		FakeImportC: true,
		Sizes:       types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				errs = append(errs, te)
			}
		},
	}
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	pkg, _ = conf.Check("fuzz", fset, []*ast.File{file}, info)
	return pkg, info, errs, true
}

// checkDiagnostic returns an error when d is something a driver cannot
// print or apply: a position outside the file, an unknown category, or a fix
// that the x/tools driver rejects (it panics on one; see validateFix in
// x/tools/internal/analysis/driverutil, whose rules are copied here).
func checkDiagnostic(fset *token.FileSet, tf *token.File, d analysis.Diagnostic) error {
	eof := token.Pos(tf.Base() + tf.Size())
	switch {
	case d.Pos < token.Pos(tf.Base()) || d.Pos > eof:
		return fmt.Errorf("diagnostic %q at %v is outside the file", d.Message, fset.Position(d.Pos))
	case d.End.IsValid() && d.End < d.Pos:
		return fmt.Errorf("diagnostic %q ends before it starts", d.Message)
	case d.End > eof+10:
		// The parser's End of a node cut by EOF may be a little past it
		// (go.dev/issue/71659); the driver tolerates that much.
		return fmt.Errorf("diagnostic %q ends at %d, past the end of file (%d)", d.Message, d.End, eof)
	case !parstate.IsCategory(d.Category):
		return fmt.Errorf("diagnostic %q has unknown category %q", d.Message, d.Category)
	case d.Message == "":
		return fmt.Errorf("diagnostic at %v has no message", fset.Position(d.Pos))
	}
	messages := map[string]bool{}
	for _, fix := range d.SuggestedFixes {
		if messages[fix.Message] {
			return fmt.Errorf("two fixes of %q have the message %q", d.Message, fix.Message)
		}
		messages[fix.Message] = true
		edits := slices.Clone(fix.TextEdits)
		slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int {
			return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
		})
		prevEnd := token.NoPos
		for _, e := range edits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			switch {
			case e.Pos < token.Pos(tf.Base()) || e.Pos > eof:
				return fmt.Errorf("fix %q of %q edits outside the file", fix.Message, d.Message)
			case end < e.Pos:
				return fmt.Errorf("fix %q of %q has an edit that ends before it starts", fix.Message, d.Message)
			case end > eof+10:
				return fmt.Errorf("fix %q of %q edits past the end of file", fix.Message, d.Message)
			case e.Pos < prevEnd:
				return fmt.Errorf("fix %q of %q has overlapping edits", fix.Message, d.Message)
			}
			prevEnd = min(end, eof)
		}
	}
	return nil
}

// A stubImporter type-checks the packages of a GOPATH-style tree (the SDK
// stubs and helper packages of testdata/src) from source, and the standard
// library through the source importer. Once frozen it only answers from its
// cache, so that it is safe and fast for every fuzz input.
type stubImporter struct {
	root   string
	fset   *token.FileSet
	std    types.ImporterFrom
	pkgs   map[string]*types.Package
	errs   map[string]error
	frozen bool
}

func newStubImporter(root string) *stubImporter {
	fset := token.NewFileSet()
	return &stubImporter{
		root: root,
		fset: fset,
		std:  importer.ForCompiler(fset, "source", nil).(types.ImporterFrom),
		pkgs: map[string]*types.Package{},
		errs: map[string]error{},
	}
}

var errCycle = errors.New("import cycle")

func (imp *stubImporter) Import(path string) (*types.Package, error) {
	if p, ok := imp.pkgs[path]; ok {
		return p, nil
	}
	if err, ok := imp.errs[path]; ok {
		return nil, err
	}
	if imp.frozen {
		return nil, fmt.Errorf("package %q is not imported by any seed", path)
	}
	imp.errs[path] = errCycle // until done
	p, err := imp.load(path)
	delete(imp.errs, path)
	if err != nil {
		imp.errs[path] = err
		return nil, err
	}
	imp.pkgs[path] = p
	return p, nil
}

func (imp *stubImporter) load(path string) (*types.Package, error) {
	dir := filepath.Join(imp.root, filepath.FromSlash(path))
	entries, err := os.ReadDir(dir)
	if err != nil {
		if !build.IsLocalImport(path) && isStdPath(path) {
			return imp.std.ImportFrom(path, "", 0)
		}
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, _ := parser.ParseFile(imp.fset, filepath.Join(dir, n), nil, parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			files = append(files, f)
		}
	}
	conf := types.Config{Importer: imp, FakeImportC: true, Error: func(error) {}}
	p, _ := conf.Check(path, imp.fset, files, nil)
	return p, nil
}

// isStdPath reports whether path looks like a standard library import path.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
