package parstate_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/parlint/parlint/passes/parstate"
)

// TestUnmodelled: where the model cannot follow State to the end (here, a
// step budget far too small), parstate reports nothing on it, and its
// Result says why, for -v.
func TestUnmodelled(t *testing.T) {
	const pkgPath = "errorignored/discarded"
	if got := diagnostics(t, parstate.New(), pkgPath); len(got) == 0 {
		t.Fatalf("%s: no findings with the default budget: the test needs some", pkgPath)
	}
	defer parstate.SetModelBudget(20)()
	a := parstate.New()
	if got := diagnostics(t, a, pkgPath); len(got) != 0 {
		t.Errorf("findings from a partial model:\n%s", strings.Join(got, "\n"))
	}
	pkgs, err := loadExport(pkgPath)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Analyzer != a || !act.IsRoot {
			continue
		}
		res := act.Result.(*parstate.Result)
		if len(res.Artifacts) == 0 {
			t.Fatal("no artifacts in the Result")
		}
		for _, art := range res.Artifacts {
			if art.Checked || !strings.Contains(art.Reason, "could not model State") {
				t.Errorf("%s: checked %v, reason %q; want unchecked, could not model", art.Type, art.Checked, art.Reason)
			}
		}
	}
}
