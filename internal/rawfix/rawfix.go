// Package rawfix tests suggested fixes the way editors and linters apply
// them: gopls applies one quick fix's edits as they are, and golangci-lint
// --fix applies every fix without goimports. analysistest's golden files are
// compared after formatting and dropping unused imports, so they cannot show
// a fix that leaves an import unused or breaks gofmt; this package can.
//
// [Check] runs an analyzer on packages, applies each fix alone to the
// unedited sources, raw, and type-checks and gofmt-checks the result; then it
// applies every fix of the run together, type-checks the packages again, runs
// the analyzer once more, and compares what is left with what was there.
// Each failure names the fix that broke a file by its category, message and
// position; when fixes break a package only together, it names those
// without which fewer errors remain.
package rawfix

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/edit"
)

// Mode is how Check loads packages: syntax and types of the packages named,
// export data for their dependencies.
const Mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// A Finding is a diagnostic without its position, which fixes shift.
type Finding struct{ Category, Message string }

// A Report is what Check saw.
type Report struct {
	Before []Finding // the findings of the first run
	Fixed  []Finding // those whose fix was applied
	After  []Finding // the findings of the run on the fixed packages
	Fixes  int       // the fixes applied, each alone and then all together
}

// Check runs the analyzer that newAnalyzer returns on the packages matching
// patterns, loaded with cfg (its Mode is set to [Mode]), and checks its
// fixes, applied raw: each alone must leave its package type-checking and
// its file gofmt-clean (when it was), and all of them together must leave the
// packages type-checking, with no finding that a fix cured and no new one
// but those that followUps allows: how many of each category the fixes may
// leave behind, given what they fixed. It returns what it saw.
func Check(t testing.TB, cfg packages.Config, newAnalyzer func() *analysis.Analyzer, followUps func(fixed []Finding) map[string]int, patterns ...string) Report {
	t.Helper()
	cfg.Mode = Mode
	tc := &typeChecker{cfg: &cfg, imported: map[string]*types.Package{}}
	pkgs := load(t, &cfg, patterns)
	diags := analyze(t, newAnalyzer(), pkgs)

	var rep Report
	var all []appliedFix // the first fix of each diagnostic, as drivers apply them
	for _, d := range diags {
		rep.Before = append(rep.Before, d.finding)
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		for _, fix := range d.SuggestedFixes {
			checkAlone(t, tc, newAppliedFix(d, fix))
		}
		rep.Fixes++
		rep.Fixed = append(rep.Fixed, d.finding)
		all = append(all, newAppliedFix(d, d.SuggestedFixes[0]))
	}
	if len(all) == 0 {
		return rep
	}

	overlay, err := applyAll(t, all)
	if err != nil {
		t.Errorf("after every fix, raw: %v", err)
		return rep
	}
	again := cfg
	again.Overlay = overlay
	fixedPkgs := load(t, &again, patterns)
	for _, p := range fixedPkgs {
		if len(p.TypeErrors) > 0 {
			blameTypeErrors(t, tc, pkgs, p, all)
		}
	}
	for _, d := range analyze(t, newAnalyzer(), fixedPkgs) {
		rep.After = append(rep.After, d.finding)
	}
	checkLeft(t, rep, followUps(rep.Fixed))
	return rep
}

// checkLeft checks that every finding after the fixes was there before and
// was not fixed, or is a follow-up of a category that followUps allows.
func checkLeft(t testing.TB, rep Report, followUps map[string]int) {
	t.Helper()
	budget := map[Finding]int{}
	for _, f := range rep.Before {
		budget[f]++
	}
	for _, f := range rep.Fixed {
		budget[f]--
	}
	for _, f := range rep.After {
		switch {
		case budget[f] > 0:
			budget[f]--
		case followUps[f.Category] > 0:
			followUps[f.Category]--
		default:
			t.Errorf("after every fix, a finding that a fix should have cured or must not create: %s: %s", f.Category, f.Message)
		}
	}
}

// A diagnostic is a finding with its package.
type diagnostic struct {
	analysis.Diagnostic
	finding Finding
	pkg     *packages.Package
}

func load(t testing.TB, cfg *packages.Config, patterns []string) []*packages.Package {
	t.Helper()
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatalf("loading %v: %v", patterns, err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no packages match %v", patterns)
	}
	return pkgs
}

func analyze(t testing.TB, a *analysis.Analyzer, pkgs []*packages.Package) []diagnostic {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []diagnostic
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			out = append(out, diagnostic{d, Finding{d.Category, d.Message}, act.Package})
		}
	}
	return out
}

// checkAlone applies one fix's edits to the unedited files, as gopls does,
// and checks that the package still type-checks and the files are
// gofmt-clean. Each failure names the fix and the file it broke.
func checkAlone(t testing.TB, tc *typeChecker, fix appliedFix) {
	t.Helper()
	if len(fix.pkg.TypeErrors) > 0 {
		return // nothing to compare with
	}
	replaced := map[string][]byte{}
	for name, fe := range fix.edits {
		src := readFile(t, name)
		fixed, err := edit.Apply(src, fe.tok, fe.edits)
		if err != nil {
			t.Errorf("%s: the edits to %s conflict: %v", fix, name, err)
			return
		}
		if formatted, err := format.Source(src); err == nil && bytes.Equal(formatted, src) {
			if formatted, err := format.Source(fixed); err != nil {
				t.Errorf("%s: applied raw, %s does not parse: %v\n%s", fix, name, err, fixed)
			} else if !bytes.Equal(formatted, fixed) {
				t.Errorf("%s: applied raw, %s is not gofmt-clean:\n%s", fix, name, firstDifference(fixed, formatted))
			}
		}
		replaced[name] = fixed
	}
	if errs := tc.check(fix.pkg, replaced); len(errs) > 0 {
		t.Errorf("%s: applied raw, package %s does not type-check:\n\t%s", fix, fix.pkg.PkgPath, strings.Join(errs, "\n\t"))
	}
}

// A typeChecker type-checks packages with some files replaced, resolving
// their imports from the types of the first load.
type typeChecker struct {
	cfg *packages.Config
	// imported holds the packages that fixes newly import, by path: each
	// is loaded once for the whole Check, not once for each fix (a go list
	// run each, which made most of a Check's time).
	imported map[string]*types.Package
}

// check type-checks pkg with the files in replaced in place of its own and
// returns the errors.
func (tc *typeChecker) check(pkg *packages.Package, replaced map[string][]byte) []string {
	fset := token.NewFileSet()
	var files []*ast.File
	var errs []string
	for _, name := range pkg.CompiledGoFiles {
		var src any
		if b, ok := replaced[name]; ok {
			src = b
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		files = append(files, f)
	}
	if len(errs) > 0 {
		return errs
	}
	conf := types.Config{
		Importer: &importer{tc: tc, from: pkg},
		Sizes:    pkg.TypesSizes,
		Error:    func(err error) { errs = append(errs, err.Error()) },
	}
	conf.Check(pkg.PkgPath, fset, files, nil)
	return errs
}

// An importer resolves the imports of one package from the types its load
// produced, and loads the packages a fix newly imports.
type importer struct {
	tc   *typeChecker
	from *packages.Package
}

func (imp *importer) Import(path string) (*types.Package, error) {
	if p, ok := imp.from.Imports[path]; ok && p.Types != nil {
		return p.Types, nil
	}
	if p := findImport(imp.from.Types, path, map[*types.Package]bool{}); p != nil {
		return p, nil
	}
	if p, ok := imp.tc.imported[path]; ok {
		return p, nil
	}
	cfg := *imp.tc.cfg
	cfg.Mode = packages.NeedName | packages.NeedTypes
	cfg.Overlay = nil
	pkgs, err := packages.Load(&cfg, path)
	if err != nil || len(pkgs) != 1 || pkgs[0].Types == nil {
		return nil, fmt.Errorf("cannot import %q: %v", path, err)
	}
	imp.tc.imported[path] = pkgs[0].Types
	return pkgs[0].Types, nil
}

// findImport finds the package path among the transitive imports of pkg.
func findImport(pkg *types.Package, path string, seen map[*types.Package]bool) *types.Package {
	if pkg == nil || seen[pkg] {
		return nil
	}
	seen[pkg] = true
	for _, p := range pkg.Imports() {
		if p.Path() == path || strings.HasSuffix(p.Path(), "/vendor/"+path) {
			return p
		}
		if found := findImport(p, path, seen); found != nil {
			return found
		}
	}
	return nil
}

// fileEdits are the edits of a run to one file.
type fileEdits struct {
	tok   *token.File
	edits []analysis.TextEdit
}

// byFile groups edits by the name of their file.
func byFile(fset *token.FileSet, edits []analysis.TextEdit) map[string]*fileEdits {
	out := map[string]*fileEdits{}
	for _, e := range edits {
		tf := fset.File(e.Pos)
		if out[tf.Name()] == nil {
			out[tf.Name()] = &fileEdits{tok: tf}
		}
		out[tf.Name()].edits = append(out[tf.Name()].edits, e)
	}
	return out
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// OnePer returns a followUps function for [Check] that allows one finding of
// each category of followUps for each fixed finding of category fixed, as
// when a fix inserts code whose last details are left to the author.
func OnePer(fixed string, followUps ...string) func([]Finding) map[string]int {
	return func(fs []Finding) map[string]int {
		n := 0
		for _, f := range fs {
			if f.Category == fixed {
				n++
			}
		}
		allowed := map[string]int{}
		for _, c := range followUps {
			allowed[c] = n
		}
		return allowed
	}
}

// firstDifference shows the lines around the first line where got and
// want differ.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	excerpt := func(lines []string) string {
		lo, hi := max(i-3, 0), min(i+4, len(lines))
		return strings.Join(lines[lo:hi], "\n")
	}
	return fmt.Sprintf("applied raw, from line %d:\n%s\ngofmt'd:\n%s", max(i-3, 0)+1, excerpt(g), excerpt(w))
}
