package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/passes/parstate"
)

// TestVetFactsOnly checks the fast path of go vet's facts-only runs: on a
// .cfg with VetxOnly, parlint writes an empty facts file without reading
// the package (its files do not even exist here); on a .cfg without it, it
// leaves the run to unitchecker.
func TestVetFactsOnly(t *testing.T) {
	dir := t.TempDir()
	write := func(name, cfg string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	vetx := filepath.Join(dir, "vet.out")
	factsOnly := write("facts.cfg", `{"ImportPath": "x/dep", "GoFiles": ["/nonexistent/dep.go"], "VetxOnly": true, "VetxOutput": "`+vetx+`"}`)
	full := write("full.cfg", `{"ImportPath": "x/a", "GoFiles": ["/nonexistent/a.go"], "VetxOnly": false, "VetxOutput": "`+vetx+`"}`)

	if done, err := vetFactsOnly(factsOnly); !done || err != nil {
		t.Fatalf("facts-only .cfg: done %v, %v; want done", done, err)
	}
	if data, err := os.ReadFile(vetx); err != nil || len(data) != 0 {
		t.Errorf("facts file: %q, %v; want an empty file, as unitchecker writes for no facts", data, err)
	}
	if err := os.Remove(vetx); err != nil {
		t.Fatal(err)
	}
	if done, err := vetFactsOnly(full); done || err != nil {
		t.Errorf("full .cfg: done %v, %v; want it left to unitchecker", done, err)
	}
	if _, err := os.Stat(vetx); err == nil {
		t.Error("facts file written for a .cfg without VetxOnly")
	}
	if _, err := vetFactsOnly(write("bad.cfg", "{")); err == nil {
		t.Error("malformed .cfg: no error")
	}
}

// TestVetAnalyzerHasNoFacts checks what vetFactsOnly relies on without
// building the analyzer: neither parlint's analyzer nor one it requires has
// facts, so unitchecker would export none for a dependency. An analyzer with
// facts needs its facts-only runs served by unitchecker again.
func TestVetAnalyzerHasNoFacts(t *testing.T) {
	a, err := parstate.NewAnalyzer(parstate.Config{CategoryInMessage: true})
	if err != nil {
		t.Fatal(err)
	}
	if usesFacts(a) {
		t.Error("parlint's analyzer has facts: go vet's facts-only runs must go to unitchecker (vetFactsOnly)")
	}
	type fact struct{ analysis.Fact }
	withFacts := &analysis.Analyzer{Name: "f", Requires: []*analysis.Analyzer{{Name: "g", FactTypes: []analysis.Fact{new(fact)}}}}
	if !usesFacts(withFacts) {
		t.Error("usesFacts: false for an analyzer that requires one with facts")
	}
}

// usesFacts reports whether a or an analyzer it requires has facts, as
// unitchecker decides which analyzers a facts-only run needs.
func usesFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, req := range a.Requires {
		if usesFacts(req) {
			return true
		}
	}
	return false
}

func TestIsVetConfig(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"/tmp/b001/vet.cfg"}, true},
		{[]string{"-json", "-disable=error-return", "/tmp/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"a.cfg", "b.cfg"}, false},
		{nil, false},
	} {
		if got := isVetConfig(tc.args); got != tc.want {
			t.Errorf("isVetConfig(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestFirstVetReport checks that of the runs of one go vet command, which
// share its work directory, the first alone reports a wrong flag, and that
// a .cfg file outside a go vet work directory always does.
func TestFirstVetReport(t *testing.T) {
	work := filepath.Join(t.TempDir(), "go-build123")
	for _, dir := range []string{"b001", "b002"} {
		if err := os.MkdirAll(filepath.Join(work, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if !firstVetReport(filepath.Join(work, "b001", "vet.cfg")) {
		t.Error("first run of a go vet command: not first")
	}
	if firstVetReport(filepath.Join(work, "b002", "vet.cfg")) {
		t.Error("second run of the same go vet command: first again")
	}
	other := filepath.Join(t.TempDir(), "b001", "vet.cfg")
	for run := range 2 {
		if !firstVetReport(other) {
			t.Errorf(".cfg file outside a go vet work directory, run %d: not reported", run+1)
		}
	}
}

// TestVetFactsOnlyEarly checks that parlint serves go vet's facts-only runs
// in internal/factsonly's init, before the analysis packages and main
// initialize, on a .cfg file as the go command writes it (go vet -n prints
// them); and that vet.go serves one the early path leaves alone.
func TestVetFactsOnlyEarly(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the early path reads /proc/self/cmdline")
	}
	dir := writeModule(t, map[string]string{"ok/ok.go": "package ok\n\nimport \"fmt\"\n\nfunc F() { fmt.Println() }\n"})
	// -a: a vet result the build cache holds (an identical parlint binary
	// vetted fmt before) would otherwise print no command for it.
	stdout, stderr, code := run(t, dir, "go", "vet", "-n", "-a", "-vettool="+parlint, "./...")
	if code != 0 {
		t.Fatalf("go vet -n: exit %d\n%s", code, stderr)
	}
	cfg := factsOnlyConfig(stdout + stderr)
	if cfg == "" {
		t.Fatalf("go vet -n printed no facts-only .cfg file:\n%s", stderr)
	}
	work := t.TempDir()
	for _, tc := range []struct {
		name, out string
		early     bool
	}{
		{"go vet's", filepath.Join(work, "b002", "vet.out"), true},
		{"an escaped path", filepath.Join(work, "b<3>", "vet.out"), false},
	} {
		if err := os.MkdirAll(filepath.Dir(tc.out), 0o755); err != nil {
			t.Fatal(err)
		}
		quoted, err := json.Marshal(tc.out)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(filepath.Dir(tc.out), "vet.cfg")
		text := regexp.MustCompile(`"VetxOutput": "[^"]*"`).ReplaceAllLiteralString(cfg, `"VetxOutput": `+string(quoted))
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(parlint, "-json", file)
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		trace, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s .cfg: %v\n%s", tc.name, err, trace)
		}
		if data, err := os.ReadFile(tc.out); err != nil || len(data) != 0 {
			t.Errorf("%s .cfg: facts file %q, %v; want an empty file", tc.name, data, err)
		}
		for _, pkg := range []string{"go/types", "encoding/gob", "main"} {
			if inited := strings.Contains(string(trace), "init "+pkg+" @"); inited == tc.early {
				t.Errorf("%s .cfg: %s initialized: %v, want %v\n%s", tc.name, pkg, inited, !tc.early, trace)
			}
		}
	}
}

// factsOnlyConfig returns the first .cfg file of a facts-only run in the
// output of go vet -n, which writes each with cat and a here-document.
func factsOnlyConfig(out string) string {
	for _, doc := range strings.Split(out, "/vet.cfg << 'EOF'")[1:] {
		_, doc, _ = strings.Cut(doc, "\n")
		doc, _, _ = strings.Cut(doc, "\nEOF\n")
		if strings.Contains(doc, `"VetxOnly": true`) {
			return doc + "\n"
		}
	}
	return ""
}

// BenchmarkVetFactsOnly measures one facts-only run of go vet's, the run go
// vet makes for every dependency of the packages it checks: parlint against
// internal/cmd/minvet, the cheapest vettool go vet accepts, on the same .cfg
// file. Besides the wall time of a run (ns/op) it reports its CPU time
// (user and system, cpu-ms/op), the figure to compare on a busy machine:
//
//	go test -run='^$' -bench=VetFactsOnly -count=10 -timeout=20m ./cmd/parlint
func BenchmarkVetFactsOnly(b *testing.B) {
	dir := b.TempDir()
	minvet := filepath.Join(dir, "minvet")
	if out, err := exec.Command("go", "build", "-o", minvet, "../../internal/cmd/minvet").CombinedOutput(); err != nil {
		b.Fatalf("go build minvet: %v\n%s", err, out)
	}
	mod := filepath.Join(dir, "x")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		b.Fatal(err)
	}
	for name, text := range map[string]string{"go.mod": "module x\n\ngo 1.25\n", "x.go": "package x\n\nimport _ \"fmt\"\n"} {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	vet := exec.Command("go", "vet", "-n", "-vettool="+minvet, ".")
	vet.Dir, vet.Env = mod, offline()
	out, err := vet.CombinedOutput()
	cfg := factsOnlyConfig(string(out))
	if err != nil || cfg == "" {
		b.Fatalf("go vet -n: %v, no facts-only .cfg\n%s", err, out)
	}
	cfg = regexp.MustCompile(`"VetxOutput": "[^"]*"`).ReplaceAllLiteralString(cfg, `"VetxOutput": "`+filepath.Join(dir, "vet.out")+`"`)
	file := filepath.Join(dir, "vet.cfg")
	if err := os.WriteFile(file, []byte(cfg), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, tool := range []struct{ name, path string }{{"parlint", parlint}, {"minvet", minvet}} {
		b.Run(tool.name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cmd := exec.Command(tool.path, "-json", file)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// TestVetFlags checks that -flags, which go vet reads to learn which of its
// flags to pass on, lists flags that parlint takes, with their kind.
func TestVetFlags(t *testing.T) {
	stdout, stderr, code := run(t, ".", parlint, "-flags")
	if code != 0 {
		t.Fatalf("-flags: exit %d\n%s", code, stderr)
	}
	var flags []struct {
		Name string
		Bool bool
	}
	if err := json.Unmarshal([]byte(stdout), &flags); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range flags {
		names = append(names, f.Name)
		if f.Bool != (f.Name != "disable") {
			t.Errorf("-flags: %s is bool %v", f.Name, f.Bool)
		}
	}
	if !slices.Equal(names, vetFlags) {
		t.Errorf("-flags lists %q, want %q", names, vetFlags)
	}
}
