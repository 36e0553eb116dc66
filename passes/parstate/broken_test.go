package parstate_test

import (
	"path/filepath"
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
		{"plugin", []string{"syntaxerror", "crash1", "missingimport", "halftyped", "redeclared", "noparam", "genericmismatch", "cycle/..."}},
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
