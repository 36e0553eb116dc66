package parstate_test

import (
	"strings"
	"testing"

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
	arts := artifactsOf(t, a, pkgPath)
	if len(arts) == 0 {
		t.Fatal("no artifacts in the Result")
	}
	for _, art := range arts {
		if art.Checked || !strings.Contains(art.Reason, "could not model State") {
			t.Errorf("%s: checked %v, reason %q; want unchecked, could not model", art.Type, art.Checked, art.Reason)
		}
	}
}
