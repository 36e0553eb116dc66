package parstate_test

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/rawfix"
	"github.com/parlint/parlint/passes/parstate"
)

// The scenarios of testdata/src are checked by one analysistest run, not one
// run per test: analysistest loads every package from source with its
// dependencies, so each run parses and type-checks the standard library
// that the scenarios import (fmt, log, errors and what they import) again,
// which made most of this package's test time. In the one run, each package
// is analyzed by the analyzer of the route whose patterns match it, and the
// failures analysistest reports are handed to the test of the route whose
// files they name.

// A route is a test's share of the one run: its packages and the analyzer
// they are checked with.
type route struct {
	test     string   // the (sub)test that reports its failures: "TestCategories/error-return"
	patterns []string // GOPATH patterns, "dir" or "dir/..."
	a        *analysis.Analyzer
	// noFixes drops the diagnostics' suggested fixes, as analysistest.Run
	// ignores them where RunWithSuggestedFixes compares them with goldens.
	noFixes bool
}

// matches reports whether the package path is one of r's patterns'.
func (r *route) matches(pkgPath string) bool {
	for _, p := range r.patterns {
		if dir, ok := strings.CutSuffix(p, "/..."); ok {
			if pkgPath == dir || strings.HasPrefix(pkgPath, dir+"/") {
				return true
			}
		} else if pkgPath == p {
			return true
		}
	}
	return false
}

// routes are the tests of the scenarios, with what each was written for.
func routes() []*route {
	var rs []*route
	for _, c := range parstate.Categories() {
		// Each category's scenarios run with only it enabled, as
		// testifylint runs each checker alone: a category's testdata
		// wants its own findings and fixes, whatever the others report
		// there.
		rs = append(rs, &route{test: "TestCategories/" + c, patterns: []string{layoutName(c) + "/..."},
			a: analyzerOf(parstate.Config{Disable: others(c)})})
	}
	for _, s := range scenarios {
		rs = append(rs, &route{test: "TestAnalyzer/" + s.name, patterns: s.patterns,
			a: scenarioAnalyzer(parstate.Config{}), noFixes: s.name == "notypecheck"})
	}
	return append(rs,
		&route{test: "TestDisable", patterns: []string{"disable"},
			a: scenarioAnalyzer(parstate.Config{Disable: disabled})},
		&route{test: "TestCategoryInMessage", patterns: []string{"categoryprefix"},
			a: scenarioAnalyzer(parstate.Config{CategoryInMessage: true})},
		&route{test: "TestStrict", patterns: []string{"strict/..."},
			a: strictAnalyzer(parstate.Config{Strict: true}), noFixes: true},
	)
}

// A scenarioRun is what the one run saw.
type scenarioRun struct {
	routes  []*route
	results map[*route][]*analysistest.Result
	errs    map[string][]string // by route's test; "" for those that name no route
}

// runScenarios runs analysistest once, on every route's packages.
var runScenarios = sync.OnceValue(func() *scenarioRun {
	run := &scenarioRun{routes: routes(), results: map[*route][]*analysistest.Result{}, errs: map[string][]string{}}
	var patterns []string
	for _, r := range run.routes {
		patterns = append(patterns, r.patterns...)
	}
	rec := &recorder{}
	results := analysistest.RunWithSuggestedFixes(rec, analysistest.TestData(), run.dispatcher(), patterns...)
	for _, res := range results {
		if r := run.routeOf(res.Action.Package.PkgPath); r != nil {
			run.results[r] = append(run.results[r], res)
		}
	}
	for _, msg := range rec.errs {
		test := ""
		if r := run.routeOfMessage(msg); r != nil {
			test = r.test
		}
		run.errs[test] = append(run.errs[test], msg)
	}
	return run
})

// dispatcher returns the analyzer of the one run: on each package it runs
// the analyzer of the package's route.
func (run *scenarioRun) dispatcher() *analysis.Analyzer {
	a := parstate.New()
	return &analysis.Analyzer{
		Name:             a.Name,
		Doc:              a.Doc,
		URL:              a.URL,
		Requires:         a.Requires,
		ResultType:       a.ResultType,
		RunDespiteErrors: a.RunDespiteErrors,
		Run: func(pass *analysis.Pass) (any, error) {
			r := run.routeOf(pass.Pkg.Path())
			if r == nil {
				return nil, fmt.Errorf("package %s is in no route", pass.Pkg.Path())
			}
			p := *pass
			if r.noFixes {
				p.Report = func(d analysis.Diagnostic) {
					d.SuggestedFixes = nil
					pass.Report(d)
				}
			}
			return r.a.Run(&p)
		},
	}
}

// routeOf returns the route of the package path, or nil. A package's test
// variants, its external test package (path_test) and its test main
// (path.test), are in its route.
func (run *scenarioRun) routeOf(pkgPath string) *route {
	pkgPath = strings.TrimSuffix(strings.TrimSuffix(pkgPath, ".test"), "_test")
	i := slices.IndexFunc(run.routes, func(r *route) bool { return r.matches(pkgPath) })
	if i < 0 {
		return nil
	}
	return run.routes[i]
}

// routeOfMessage returns the route of the package whose file a failure
// names, or nil. analysistest names a file relative to testdata/src at the
// start of a message about a diagnostic ("dir/a.go:3: no diagnostic ..."),
// and by a path through testdata/src elsewhere ("all fixes: unexpected
// testdata/src/dir/a.go content").
func (run *scenarioRun) routeOfMessage(msg string) *route {
	const src = "testdata/src/"
	file, _, _ := strings.Cut(msg, ":")
	if !strings.HasSuffix(file, ".go") || strings.Contains(file, src) {
		i := strings.Index(msg, src)
		if i < 0 {
			return nil
		}
		file, _, _ = strings.Cut(msg[i+len(src):], ":")
		file, _, _ = strings.Cut(file, " ")
	}
	return run.routeOf(path.Dir(file))
}

// check fails t with the failures of the route of test, and with those
// that name no route (as every test that reads the run would have), and
// returns the route's results.
func (run *scenarioRun) check(t *testing.T, test string) []*analysistest.Result {
	t.Helper()
	i := slices.IndexFunc(run.routes, func(r *route) bool { return r.test == test })
	if i < 0 {
		t.Fatalf("no route for %s", test)
	}
	for _, msg := range append(run.errs[""], run.errs[test]...) {
		t.Errorf("%s", msg)
	}
	if len(run.results[run.routes[i]]) == 0 {
		t.Errorf("no package of %v was analyzed", run.routes[i].patterns)
	}
	return run.results[run.routes[i]]
}

// A recorder collects what analysistest reports.
type recorder struct {
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestRoutes checks that each scenario package is in one route only: two
// would give it two analyzers, of which the run uses the first.
func TestRoutes(t *testing.T) {
	run := runScenarios()
	for _, results := range run.results {
		for _, res := range results {
			pkgPath := res.Action.Package.PkgPath
			var tests []string
			for _, r := range run.routes {
				if r.matches(pkgPath) {
					tests = append(tests, r.test)
				}
			}
			if len(tests) > 1 {
				t.Errorf("package %s is in the routes of %v", pkgPath, tests)
			}
		}
	}
	for _, msg := range []string{
		"/x/testdata/src/flow/defer/artifact.go:3:1: unexpected diagnostic",
		"all fixes: unexpected /x/testdata/src/flow/defer/artifact.go content:",
		"flow/defer/artifact.go:31: no diagnostic was reported matching `x`",
	} {
		if r := run.routeOfMessage(msg); r == nil || r.test != "TestAnalyzer/flow" {
			t.Errorf("routeOfMessage(%q) = %v, want the route of TestAnalyzer/flow", msg, r)
		}
	}
}

// diagnostics returns what a reports on the testdata/src package pkgPath,
// as "file:line:col: category: message" in order, from a load that reads
// the package's dependencies from export data: cheaper than analysistest's,
// for tests that compare what analyzers report rather than hold it to
// wants.
func diagnostics(t *testing.T, a *analysis.Analyzer, pkgPath string) []string {
	t.Helper()
	pkgs, err := loadExport(pkgPath)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range graph.All() {
		if act.Analyzer != a || !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s", filepath.Base(posn.Filename), posn.Line, posn.Column, d.Category, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

// loadExport loads a package of testdata/src once, with its dependencies'
// types from export data.
var loadExport = memo(func(pkgPath string) ([]*packages.Package, error) {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		return nil, err
	}
	cfg := gopathConfig(dir)
	cfg.Mode = rawfix.Mode
	pkgs, err := packages.Load(&cfg, pkgPath)
	if err == nil && len(pkgs) != 1 {
		err = fmt.Errorf("%s: %d packages", pkgPath, len(pkgs))
	}
	return pkgs, err
})

// gopathConfig returns a go/packages configuration that loads from the
// GOPATH tree gopath (testdata, or a temporary one) in GOPATH mode, whatever
// the caller's module and GOFLAGS settings.
func gopathConfig(gopath string) packages.Config {
	return packages.Config{
		Dir: filepath.Join(gopath, "src"),
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
}

// memo returns f, computing each key's result once.
func memo[K comparable, V any](f func(K) (V, error)) func(K) (V, error) {
	var mu sync.Mutex
	done := map[K]func() (V, error){}
	return func(k K) (V, error) {
		mu.Lock()
		once, ok := done[k]
		if !ok {
			once = sync.OnceValues(func() (V, error) { return f(k) })
			done[k] = once
		}
		mu.Unlock()
		return once()
	}
}
