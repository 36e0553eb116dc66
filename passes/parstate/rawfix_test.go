package parstate_test

import (
	"path/filepath"
	"testing"

	"github.com/parlint/parlint/internal/rawfix"
	"github.com/parlint/parlint/passes/parstate"
)

// TestFixesRaw applies every suggested fix of every scenario raw, with
// every category enabled, as gopls and golangci-lint --fix apply them: each
// alone must keep its package
// type-checking (no import left unused or missing) and its file gofmt-clean;
// all together must cure what they fix and leave nothing new but one
// sourceid-missing for each inserted registry branch that had no source
// image field to pass.
func TestFixesRaw(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata"))
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, s := range scenarios {
		if s.name != "notypecheck" {
			patterns = append(patterns, s.patterns...)
		}
	}
	for _, c := range parstate.Categories() {
		patterns = append(patterns, layoutName(c)+"/...")
	}
	cfg := gopathConfig(dir)
	followUps := rawfix.OnePer(parstate.CategoryURIMissing, parstate.FollowUps()...)
	rep := rawfix.Check(t, cfg, parstate.New, followUps, patterns...)
	if rep.Fixes < 40 {
		t.Errorf("%d fixes checked; the scenarios offer more than 40", rep.Fixes)
	}
	t.Logf("%d findings, %d fixes applied raw, %d findings after", len(rep.Before), rep.Fixes, len(rep.After))
}
