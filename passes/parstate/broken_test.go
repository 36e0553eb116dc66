package parstate_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/parlint/parlint/passes/parstate"
)

// TestBroken runs the analyzer on code that does not type-check, the way an
// editor runs it on a half-typed file: it must not panic, and it must report
// only what holds whatever the missing parts turn out to be (every finding is
// wanted, so a guess fails the test).
//
// testdata/broken holds two GOPATH trees of their own: plugin/src, broken
// plugins on a copy of the SDK stubs, and sdk/src, a correct plugin on a
// broken SDK stub.
func TestBroken(t *testing.T) {
	for _, tc := range []struct {
		tree     string
		patterns []string
	}{
		{"plugin", []string{"syntaxerror", "crash1", "missingimport", "halftyped", "redeclared", "noparam", "genericmismatch", "cycle/...", "nopackage"}},
		{"sdk", []string{"brokensdk", "github.com/hashicorp/packer-plugin-sdk/..."}},
	} {
		t.Run(tc.tree, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata", "broken", tc.tree))
			if err != nil {
				t.Fatal(err)
			}
			analysistest.Run(t, dir, scenarioAnalyzer(parstate.Config{}), tc.patterns...)
		})
	}
}

// TestBrokenWithheld checks that the Result marks as withheld every artifact
// of the broken plugins, each State being in a file that does not
// type-check, with the file's first error, not the continuation of one
// ("\tother declaration of T"); and no artifact of a package that does.
func TestBrokenWithheld(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "broken", "plugin"))
	if err != nil {
		t.Fatal(err)
	}
	artifacts := 0
	for _, r := range analysistest.Run(t, dir, scenarioAnalyzer(parstate.Config{}), "syntaxerror", "missingimport", "halftyped", "redeclared", "cycle/...") {
		for _, a := range r.Result.(*parstate.Result).Artifacts {
			artifacts++
			if a.Withheld == "" || strings.HasPrefix(a.Withheld, "\t") || !a.WithheldPos.IsValid() {
				t.Errorf("%s: %s withheld %q at %v, want the first error of its file", r.Pass.Fset.Position(a.Pos), a.Type, a.Withheld, a.WithheldPos)
			}
		}
	}
	if artifacts == 0 {
		t.Error("no artifact found in the broken plugins")
	}
	for _, r := range analysistest.Run(t, analysistest.TestData(), scenarioAnalyzer(parstate.Config{}), "plainimport") {
		for _, a := range r.Result.(*parstate.Result).Artifacts {
			if a.Withheld != "" {
				t.Errorf("%s withheld in a package that type-checks: %s", a.Type, a.Withheld)
			}
		}
	}
}
