package parstate_test

import (
	"fmt"
	"go/types"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/synth"
	"github.com/parlint/parlint/passes/parstate"
)

// BenchmarkAnalyzer times the analyzer alone on synthetic plugins of several
// sizes (3 artifacts in each package, their State methods cycling through
// synth.Shapes). Loading and type-checking, and the inspector that the
// driver builds for every analyzer, happen before the timer starts; the
// ns/pkg and allocs/pkg metrics should stay flat as the size grows.
// cpu-ns/pkg is the process's CPU time (GC included) per package, which a
// busy machine disturbs less than the wall clock: compare versions by it.
//
//	go test -run='^$' -bench=Analyzer -benchmem -timeout 30m ./passes/parstate
func BenchmarkAnalyzer(b *testing.B) {
	for _, n := range []int{10, 50, 200} {
		b.Run(fmt.Sprintf("packages=%d", n), func(b *testing.B) {
			pkgs := loadSynth(b, synth.Options{Packages: n, Artifacts: 3, Tests: false})
			passes := make([]*analysis.Pass, len(pkgs))
			for i, pkg := range pkgs {
				passes[i] = newPass(pkg, func(analysis.Diagnostic) {})
			}
			a := parstate.New()
			m := startMeter()
			loops := 0
			b.ReportAllocs()
			for b.Loop() {
				for _, pass := range passes {
					pass.Analyzer = a
					if _, err := a.Run(pass); err != nil {
						b.Fatal(err)
					}
				}
				loops++
			}
			m.report(b, loops*len(passes))
		})
	}
}

// A meter measures a benchmark's work per package: wall clock, CPU time,
// allocations and bytes allocated since it started.
type meter struct {
	start time.Time
	cpu   time.Duration
	mem   runtime.MemStats
}

func startMeter() *meter {
	m := &meter{}
	runtime.ReadMemStats(&m.mem)
	m.start, m.cpu = time.Now(), cpuTime()
	return m
}

// report reports what was measured divided by the packages analyzed.
func (m *meter) report(b *testing.B, pkgs int) {
	elapsed, cpuUsed := time.Since(m.start), cpuTime()-m.cpu
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	per := float64(pkgs)
	b.ReportMetric(float64(elapsed.Nanoseconds())/per, "ns/pkg")
	b.ReportMetric(float64(cpuUsed.Nanoseconds())/per, "cpu-ns/pkg")
	b.ReportMetric(float64(after.Mallocs-m.mem.Mallocs)/per, "allocs/pkg")
	b.ReportMetric(float64(after.TotalAlloc-m.mem.TotalAlloc)/per, "B/pkg")
}

// BenchmarkModelBuild times what every design that reads State through
// x/tools' SSA pays before it evaluates anything: the model's Build of the
// same synthetic packages as BenchmarkAnalyzer (choosing the code State
// reaches, creating the packages it imports, building SSA in debug mode),
// from the roots and with the configuration the analyzer gives it. Compare
// its cpu-ns/pkg with BenchmarkAnalyzer's, and with an earlier analyzer's.
//
//	go test -run='^$' -bench=ModelBuild -benchmem -timeout 30m ./passes/parstate
func BenchmarkModelBuild(b *testing.B) {
	for _, n := range []int{10, 50, 200} {
		b.Run(fmt.Sprintf("packages=%d", n), func(b *testing.B) {
			pkgs := loadSynth(b, synth.Options{Packages: n, Artifacts: 3, Tests: false})
			passes := make([]*analysis.Pass, len(pkgs))
			roots := make([][]*types.Func, len(pkgs))
			for i, pkg := range pkgs {
				passes[i] = newPass(pkg, func(analysis.Diagnostic) {})
				roots[i] = parstate.ModelRoots(passes[i])
			}
			m := startMeter()
			loops, built := 0, 0
			for b.Loop() {
				for i, pass := range passes {
					if len(roots[i]) == 0 {
						continue // the analyzer builds no model there either
					}
					if err := parstate.BuildModel(pass, roots[i]); err != nil {
						b.Fatal(err)
					}
					built++
				}
				loops++
			}
			m.report(b, loops*len(passes))
			if built == 0 {
				b.Fatal("no package of the synthetic plugin has a State method")
			}
		})
	}
}

// TestSynthFindings checks that the synthetic plugins of the benchmarks and
// of scripts/bench-vs-noop.sh get exactly the findings their shapes promise,
// so that the benchmarks time the analyzer's real work.
func TestSynthFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with go list")
	}
	n, m := 2, len(synth.Shapes)
	pkgs := loadSynth(t, synth.Options{Packages: n, Artifacts: m, Filler: 1})
	a := scenarioAnalyzer(parstate.Config{})
	got := map[string][]string{} // package name -> categories in order
	for _, pkg := range pkgs {
		pass := newPass(pkg, func(d analysis.Diagnostic) { got[pkg.Name] = append(got[pkg.Name], d.Category) })
		pass.Analyzer = a
		if _, err := a.Run(pass); err != nil {
			t.Fatal(err)
		}
	}
	for p := range n {
		var want []string
		for i := range m {
			want = append(want, synth.ShapeOf(p, i).Want...)
		}
		name := fmt.Sprintf("builder%04d", p)
		if !slices.Equal(got[name], want) {
			t.Errorf("%s: categories %v, want %v", name, got[name], want)
		}
	}
}

// loadSynth writes a synthetic plugin into a temporary directory and loads
// its packages as the parlint command does.
func loadSynth(tb testing.TB, o synth.Options) []*packages.Package {
	tb.Helper()
	dir, err := synth.Write(tb.TempDir(), o)
	if err != nil {
		tb.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		tb.Fatal(err)
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		tb.Fatalf("the synthetic plugin does not load:\n%s", strings.Join(errs, "\n"))
	}
	return pkgs
}

// newPass returns a pass over pkg with the inspect pass's result, as a
// driver makes for the analyzer; the caller sets Analyzer.
func newPass(pkg *packages.Package, report func(analysis.Diagnostic)) *analysis.Pass {
	return &analysis.Pass{
		Fset:       pkg.Fset,
		Files:      pkg.Syntax,
		Pkg:        pkg.Types,
		TypesInfo:  pkg.TypesInfo,
		TypesSizes: pkg.TypesSizes,
		TypeErrors: pkg.TypeErrors,
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(pkg.Syntax)},
		Report:     report,
		ReadFile:   os.ReadFile,
	}
}
