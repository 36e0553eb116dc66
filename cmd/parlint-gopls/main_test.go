package main

import (
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// settingsSource is the shape of gopls v0.23.0's internal/settings/analysis.go
// around the two anchors.
const settingsSource = `package settings

import (
	"log"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/atomicalign"
)

func initAnalyzers() (res []*Analyzer) {
	for _, a := range []*Analyzer{
		// not suitable for vet.Suite:
		{analyzer: atomicalign.Analyzer},
		{analyzer: nilness.Analyzer}, // uses go/ssa
	} {
		res = append(res, a)
	}
	log.Print(analysis.Analyzer{})
	return res
}
`

func TestPatchAnalyzers(t *testing.T) {
	file := writeSettings(t, settingsSource)
	if err := patchAnalyzers(file, "vX"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{importLine + importAnchor, entryLine + entryAnchor} {
		if !strings.Contains(string(got), want) {
			t.Errorf("patched file lacks %q:\n%s", want, got)
		}
	}
	if formatted, err := format.Source(got); err != nil || string(formatted) != string(got) {
		t.Errorf("patched file is not gofmt-clean (%v):\n%s", err, got)
	}
}

func TestPatchAnalyzersChangedSource(t *testing.T) {
	for _, test := range []struct {
		name, src, wantErr string
	}{
		{"no import", strings.Replace(settingsSource, importAnchor, "", 1), `expected the line "\"golang.org/x/tools/go/analysis\"" once`},
		{"no entry", strings.Replace(settingsSource, entryAnchor, "", 1), "found it 0 times"},
		{"two entries", strings.Replace(settingsSource, entryAnchor, entryAnchor+entryAnchor, 1), "found it 2 times"},
		{"patched", strings.Replace(settingsSource, importAnchor, importLine+importAnchor, 1), "already imports"},
	} {
		t.Run(test.name, func(t *testing.T) {
			file := writeSettings(t, test.src)
			err := patchAnalyzers(file, "vX")
			if err == nil || !strings.Contains(err.Error(), test.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, test.wantErr)
			}
			if got, _ := os.ReadFile(file); string(got) != test.src {
				t.Errorf("file changed despite the error")
			}
		})
	}
}

func TestPatchAnalyzersNoFile(t *testing.T) {
	err := patchAnalyzers(filepath.Join(t.TempDir(), "analysis.go"), "vX")
	if err == nil || !strings.Contains(err.Error(), "needs updating") {
		t.Fatalf("got error %v, want one saying the command needs updating", err)
	}
}

func writeSettings(t *testing.T, src string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "analysis.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}
