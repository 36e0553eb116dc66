package grounding

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const (
	// analyzerTestdata is the analyzer's scenario testdata, read-only.
	analyzerTestdata = "../../../passes/parstate/testdata/src"
	// ownTestdata holds the scenarios of this package.
	ownTestdata = "testdata/src"
	// modulePath is the temporary module's path.
	modulePath = "ground.test"
)

// outcome is what the runner reports for one entry.
type outcome struct {
	Outcome string // published, skipped, a Kind's name, or error
	Images  int
	Message string
}

// finding is one of parlint's -json diagnostics.
type finding struct {
	Posn, Category, Message string
}

// TestParlintAgreesWithRuntime runs every entry through registrytest.Decode
// and parlint over the same files, and checks the consistency rules of the
// package doc.
func TestParlintAgreesWithRuntime(t *testing.T) {
	if testing.Short() {
		t.Skip("builds parlint and a module on the real SDK")
	}
	mod := t.TempDir()
	pkgs := copyScenarios(t, mod)
	writeGoMod(t, mod)

	runnable := slices.DeleteFunc(slices.Clone(entries), func(e entry) bool { return !pkgs[e.pkg] })
	outcomes, runnable := runEntries(t, mod, runnable)
	if len(runnable) < len(entries)/2 {
		t.Errorf("only %d of %d entries ran; update the table to the analyzer's testdata", len(runnable), len(entries))
	}
	findings := runParlint(t, mod, runnable)

	// A finding's claim may be about a state the artifact can be in (a
	// failed call appends a nil image): it holds when one of the artifact's
	// states has the outcome it claims.
	byArtifact := map[string][]string{}
	for _, e := range runnable {
		k := e.pkg + "." + e.typ
		byArtifact[k] = append(byArtifact[k], outcomes[e.pkg+"."+e.typ+"/"+e.state].Outcome)
	}
	seen := map[string]bool{}
	for _, e := range runnable {
		name := e.pkg + "." + e.typ + "/" + e.state
		got := outcomes[name]
		fs := findings[e.pkg+"."+e.typ]
		if got.Outcome != e.want {
			t.Errorf("%s: Decode says %s (%s), the table says %s", name, got.Outcome, got.Message, e.want)
			continue
		}
		for _, v := range violations(e, got, fs, byArtifact[e.pkg+"."+e.typ]) {
			key := name + ": " + v.rule
			if why, ok := known[key]; ok {
				seen[key] = true
				t.Logf("known disagreement %s: %s\n\t%s", key, why, v.detail)
				continue
			}
			t.Errorf("%s: %s\n\t%s", key, v.detail, describe(got, fs))
		}
	}
	for key := range known {
		if !seen[key] {
			t.Logf("known disagreement %s is no longer seen (or its entry did not run): remove it from known", key)
		}
	}
}

// violation is one consistency rule an entry breaks.
type violation struct {
	rule, detail string
}

// violations checks the consistency rules on one entry, whose artifact has
// the outcomes states in the states the table runs.
func violations(e entry, got outcome, fs []finding, states []string) []violation {
	var out []violation
	failed := got.Outcome != published && got.Outcome != skipped
	switch {
	case len(fs) == 0 && e.unseen:
		// No static check can see this state.
	case len(fs) == 0 && got.Outcome == skipped && !e.quiet:
		out = append(out, violation{"clean-publishes", "parlint is silent, but Packer skips the artifact: it publishes nothing"})
	case len(fs) == 0 && failed && !(e.quiet && got.Outcome == "Dropped"):
		out = append(out, violation{"failure-reported", fmt.Sprintf(
			"parlint is silent, but Packer's outcome is %s", got.Outcome)})
	}
	for _, f := range fs {
		if conditional(f.Message) {
			// About a failed image call: FromArtifact fails only for a nil
			// artifact or an option's error, which no state of the table
			// produces.
			continue
		}
		if ok, claim := claimHolds(f.Message, states); !ok {
			out = append(out, violation{"claim-" + claim, fmt.Sprintf(
				"parlint's %s claims %q, but Packer's outcomes are %v", f.Category, claim, states)})
		}
	}
	return out
}

// claims maps a phrase of parlint's messages to the outcomes it is true of.
var claims = []struct {
	phrase   string
	outcomes []string
}{
	{"fails the build", []string{"FailsHCPStep"}},
	{"cannot decode it as registry images", []string{"Dropped", "Unreachable"}},
	{"publishes no image and says nothing", []string{"Empty"}},
	{"never hears of", []string{skipped, "Dropped", "Empty"}},
}

// conditional reports whether a message's claim is about what happens when
// a call that builds the image fails.
func conditional(msg string) bool {
	for _, p := range []string{"on the error path", "a failed ", "when building the image fails"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// claimHolds reports whether the consequence a message claims, if any, is
// one of the outcomes Decode observed, and which claim it checked.
func claimHolds(msg string, outcomes []string) (bool, string) {
	for _, c := range claims {
		if strings.Contains(msg, c.phrase) {
			return slices.ContainsFunc(outcomes, func(o string) bool { return slices.Contains(c.outcomes, o) }), c.phrase
		}
	}
	return true, ""
}

func describe(got outcome, fs []finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Decode: %s, %d images", got.Outcome, got.Images)
	if got.Message != "" {
		fmt.Fprintf(&b, ": %s", got.Message)
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "\n\tparlint: %s: %s: %s", filepath.Base(f.Posn), f.Category, f.Message)
	}
	if len(fs) == 0 {
		b.WriteString("\n\tparlint: no finding")
	}
	return b.String()
}

// goCmd runs the go command in dir and returns its combined output.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// goEnv is the environment for the go command and parlint: no workspace, and
// the temporary module may complete its go.sum.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
}
