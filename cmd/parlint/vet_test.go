package main

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/passes/parstate"
)

// TestVetFactsOnly checks the fast path of go vet's facts-only runs: on a
// .cfg with VetxOnly, parlint writes an empty facts file without reading
// the package (its files do not even exist here); on a .cfg without it, or
// for an analyzer with facts, it leaves the run to unitchecker.
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

	a := parstate.New()
	if done, err := vetFactsOnly(factsOnly, a); !done || err != nil {
		t.Fatalf("facts-only .cfg: done %v, %v; want done", done, err)
	}
	if data, err := os.ReadFile(vetx); err != nil || len(data) != 0 {
		t.Errorf("facts file: %q, %v; want an empty file, as unitchecker writes for no facts", data, err)
	}
	if err := os.Remove(vetx); err != nil {
		t.Fatal(err)
	}
	if done, err := vetFactsOnly(full, a); done || err != nil {
		t.Errorf("full .cfg: done %v, %v; want it left to unitchecker", done, err)
	}
	type fact struct{ analysis.Fact }
	withFacts := &analysis.Analyzer{Name: "f", Requires: []*analysis.Analyzer{{Name: "g", FactTypes: []analysis.Fact{new(fact)}}}}
	if done, _ := vetFactsOnly(factsOnly, withFacts); done {
		t.Error("facts-only .cfg, analyzer that requires one with facts: done; want it left to unitchecker")
	}
	if _, err := os.Stat(vetx); err == nil {
		t.Error("facts file written for an analyzer with facts")
	}
	if _, err := vetFactsOnly(write("bad.cfg", "{"), a); err == nil {
		t.Error("malformed .cfg: no error")
	}
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
