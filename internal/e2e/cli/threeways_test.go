package cli

import (
	"slices"
	"strings"
	"testing"
)

// threewaysDir is a module of several packages on the real SDK: one reaches
// the SDK only through another package of the module, one imports nothing
// but the standard library.
const threewaysDir = "testdata/threeways"

// TestSameFindingsEveryWay runs parlint on one module the three ways users
// run it: on ./..., on each package alone, and under go vet -vettool. The
// findings must be the same: whether a package is checked must not depend on
// what else is loaded, nor on whether its imports come from source or from
// export data.
func TestSameFindingsEveryWay(t *testing.T) {
	all := runText(t, parlint, onExamples(t, "./...")...)

	var each []string
	for _, pkg := range []string{"./builder", "./common", "./plugin", "./stdlib"} {
		for _, f := range runText(t, parlint, onExamples(t, pkg)...) {
			if !slices.Contains(each, f) {
				each = append(each, f)
			}
		}
	}
	slices.Sort(each)

	vet := runText(t, "go", append([]string{"vet", "-vettool=" + parlint}, onExamples(t, "./...")...)...)

	want := []string{
		"builder/artifact.go:22:20: state-uri-missing: Artifact.State never answers",
		"plugin/artifact.go:26:13: error-ignored: error from registryimage.FromArtifact is discarded",
		"stdlib/artifact.go:18:20: state-uri-missing: Artifact.State never answers",
	}
	for name, got := range map[string][]string{"parlint ./...": all, "parlint on each package": each, "go vet -vettool": vet} {
		if len(got) != len(want) {
			t.Errorf("%s: %d findings, want %d:\n%s", name, len(got), len(want), strings.Join(got, "\n"))
			continue
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("%s: finding %d is %q, want it to start with %q", name, i, got[i], want[i])
			}
		}
	}
	if !slices.Equal(all, each) || !slices.Equal(all, vet) {
		t.Errorf("the three ways disagree:\nparlint ./...:\n%s\nparlint on each package:\n%s\ngo vet -vettool:\n%s",
			strings.Join(all, "\n"), strings.Join(each, "\n"), strings.Join(vet, "\n"))
	}
}

// runText runs name with args in the threeways module and returns its
// findings, relative to the module, sorted.
func runText(t *testing.T, name string, args ...string) []string {
	t.Helper()
	return textFindingsIn(t, threewaysDir, runIn(t, threewaysDir, name, args...))
}
