package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/rawfix"
	"github.com/parlint/parlint/passes/parstate"
)

// TestFixExamples applies every suggested fix to a copy of examples/, on the
// real SDK, then checks that the tree builds, is gofmt-clean, and that
// parlint no longer reports what it fixed.
func TestFixExamples(t *testing.T) {
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(root, "examples"))); err != nil {
		t.Fatal(err)
	}
	gomod := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.ReplaceAll(string(data), "=> ../", "=> "+root+"/"))
	if err := os.WriteFile(gomod, data, 0o644); err != nil {
		t.Fatal(err)
	}

	// The driver applies every fix that merges cleanly; parlint offers no
	// two fixes of a run that overlap, so one run applies them all.
	runIn(t, dir, parlint, "-fix", "./...")
	if out := runIn(t, dir, parlint, "-fix", "-diff", "./..."); strings.Contains(out, "+++") {
		t.Errorf("a second -fix run still changes files (fixes are not idempotent):\n%s", out)
	}
	runIn(t, dir, "go", "build", "./...")
	if out := runIn(t, dir, "gofmt", "-l", "."); out != "" {
		t.Errorf("gofmt -l after -fix:\n%s", out)
	}

	// What is left: the findings with no fix, and the ancestry of the two
	// artifacts the state-uri-missing fix taught to answer, which have no
	// source image field to pass.
	out := runIn(t, dir, parlint, "-json", "./...")
	var got []string
	for _, f := range parseJSONIn(t, dir, out) {
		got = append(got, f.File+": "+f.Category)
	}
	want := []string{
		"builder/happycloud/artifact_export.go: sourceid-missing",
		"builder/happyvm/artifact.go: unchecked-assert",
		"post-processor/happybox/artifact.go: fromartifact-missing",
		"post-processor/happychecksum/artifact.go: sourceid-missing",
	}
	if !slices.Equal(got, want) {
		t.Errorf("parlint after -fix:\ngot  %q\nwant %q", got, want)
	}
}

// runIn runs name in dir and returns its combined output; exit codes 0 and
// 3 (findings) are success, and so is 1 from go vet (findings).
func runIn(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 3 && !(name == "go" && args[0] == "vet" && ee.ExitCode() == 1) {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
	}
	return string(out)
}

// TestFixExamplesRaw applies each fix parlint offers on examples/ raw, alone
// and all together, as gopls and golangci-lint --fix apply them (the driver's
// -fix above formats and drops unused imports, which hides what they see):
// every result type-checks and is gofmt-clean, and what is left after all of
// them is what had no fix plus one sourceid-missing per inserted branch.
func TestFixExamplesRaw(t *testing.T) {
	// The inserted registry branch passes a source image only when the
	// artifact has a field that clearly holds it.
	followUps := rawfix.OnePer(parstate.CategoryURIMissing, parstate.CategorySourceIDMissing)
	rep := rawfix.Check(t, packages.Config{Dir: examplesDir}, parstate.New, followUps, "./...")
	if rep.Fixes == 0 {
		t.Fatal("no fix on examples/")
	}
	t.Logf("examples/: %d findings, %d fixes applied raw, %d findings after", len(rep.Before), rep.Fixes, len(rep.After))
}
