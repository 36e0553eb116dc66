package main

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/passes/parstate"
)

// loadMode loads the syntax and types of the packages named and the export
// data of their dependencies: parstate needs no facts.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// An analysisRun is one analysis of the packages of the command line: every output
// (text, -json, -sarif, -fix, -diff) prints it its own way.
type analysisRun struct {
	graph    *checker.Graph
	analyzer *analysis.Analyzer
	failed   []pkgError // packages that did not load, or whose analysis failed
}

// analyzeReporting runs analyze and writes to stderr what went wrong: an
// error that stops the run (ok is false), or the one-line summary of the
// packages that did not load. code is the exit status so far.
func analyzeReporting(o options, stderr io.Writer) (r *analysisRun, code int, ok bool) {
	r, err := analyze(o, nil)
	if err != nil {
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		return nil, exitError, false
	}
	code = exitClean
	if line := summary(r.failed); line != "" {
		fmt.Fprintf(stderr, "parlint: %s\n", line)
		code = exitError
	}
	return r, code, true
}

// analyze loads the packages of o and runs parstate on them, those that did
// not load included, as it runs despite errors. err is set when nothing
// could be loaded at all. overlay, if any, replaces the contents of files
// by absolute name, as -diff sees the files it would fix.
func analyze(o options, overlay map[string][]byte) (*analysisRun, error) {
	cfg := o.config
	cfg.CategoryInMessage = o.format == formatText // the other formats give it a field of its own
	a, err := parstate.NewAnalyzer(cfg)
	if err != nil {
		return nil, err
	}
	pc := &packages.Config{Mode: loadMode, Tests: o.test, Overlay: overlay}
	if o.tags != "" {
		pc.BuildFlags = []string{"-tags=" + o.tags}
	}
	pkgs, err := packages.Load(pc, o.patterns...)
	if err != nil || len(pkgs) == 0 {
		return nil, noPackages(o, err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	r := &analysisRun{graph: graph, analyzer: a, failed: loadErrors(pkgs)}
	if len(r.failed) > 0 {
		if dir, ok := outsideModule(o); ok {
			return nil, notModuleError(dir)
		}
	}
	for _, act := range r.roots() {
		if act.Err != nil {
			r.failed = append(r.failed, pkgError{pkg: describePackage(act.Package), errs: []string{act.Err.Error()}})
		}
	}
	return r, nil
}

// roots returns the root actions whose analysis succeeded, by package.
func (r *analysisRun) roots() []*checker.Action {
	var roots []*checker.Action
	for act := range r.graph.All() {
		if act.IsRoot && act.Analyzer == r.analyzer {
			roots = append(roots, act)
		}
	}
	slices.SortFunc(roots, func(a, b *checker.Action) int { return cmp.Compare(a.Package.ID, b.Package.ID) })
	return roots
}

// A finding is one diagnostic, with the file set its positions are in.
type finding struct {
	fset *token.FileSet
	diag analysis.Diagnostic
}

// findings returns every finding once, by package and in the order
// reported: a file of a package and of its test variant is analyzed twice.
func (r *analysisRun) findings() []finding {
	var out []finding
	seen := map[string]bool{}
	for _, act := range r.roots() {
		if act.Err != nil {
			continue
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.PositionFor(d.Pos, false)
			key := fmt.Sprintf("%s:%d:%d:%s:%s", posn.Filename, posn.Line, posn.Column, d.Category, d.Message)
			if !seen[key] {
				seen[key] = true
				out = append(out, finding{act.Package.Fset, d})
			}
		}
	}
	return out
}

// shortPath returns path relative to the current directory when that is
// shorter, as the go command prints paths; path may end in :line:col.
func shortPath(path string) string {
	cwd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(cwd, path); err == nil && len(rel) < len(path) {
		return rel
	}
	return path
}

// oneLine joins the lines of a message.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(msg), " ")
}
