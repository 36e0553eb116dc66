package parstate_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/parlint/parlint/passes/parstate"
)

// TestVerdicts checks what -v says of the artifacts that what they are
// decides: left alone with the reason, by default, or checked, where State
// fails the build anyway or strict mode reports them.
func TestVerdicts(t *testing.T) {
	for _, tc := range []struct {
		pkg, typ string
		strict   bool
		checked  bool
		reason   string
	}{
		{"strict/noimage", "Checksum", false, false, `it has no image to publish: its name says "checksum"`},
		{"strict/noimage", "Exported", true, false, `it has no image to publish: its String, Id or Files say "file"`},
		{"strict/noimage", "Entry", true, false, `it has no image to publish: its name says "record"`},
		{"strict/noimage", "BoxMetadata", true, false, `it has no image to publish: its name says "metadata"`},
		{"strict/provider", "Box", false, false, "its Id is the provider's name, not an image identity (-strict reports it)"},
		{"strict/provider", "Box", true, true, ""},
		{"strict/jobid", "Export", false, false, "its Id is a job's ID, not an image identity (-strict reports it)"},
		{"flow/urgent", "Checksum", false, true, ""},
		{"flow/urgent", "VM", false, true, ""},
	} {
		art, ok := verdictOf(t, tc.pkg, tc.typ, tc.strict)
		if !ok {
			t.Errorf("%s.%s: not in the Result", tc.pkg, tc.typ)
			continue
		}
		if art.Checked != tc.checked || art.Reason != tc.reason {
			t.Errorf("%s.%s (strict %v): checked %v, reason %q; want %v, %q", tc.pkg, tc.typ, tc.strict, art.Checked, art.Reason, tc.checked, tc.reason)
		}
	}
}

// verdictOf returns the Result's entry for the artifact type typ of pkgPath.
func verdictOf(t *testing.T, pkgPath, typ string, strict bool) (parstate.Artifact, bool) {
	t.Helper()
	for _, art := range artifactsOf(t, analyzerOf(parstate.Config{Strict: strict}), pkgPath) {
		if strings.HasSuffix(art.Type, "."+typ) {
			return art, true
		}
	}
	return parstate.Artifact{}, false
}

// artifactsOf returns the artifacts of a's Result on the testdata/src
// package pkgPath, loaded as diagnostics loads it.
func artifactsOf(t *testing.T, a *analysis.Analyzer, pkgPath string) []parstate.Artifact {
	t.Helper()
	pkgs, err := loadExport(pkgPath)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []parstate.Artifact
	for act := range graph.All() {
		if act.Analyzer == a && act.IsRoot {
			out = append(out, act.Result.(*parstate.Result).Artifacts...)
		}
	}
	return out
}
