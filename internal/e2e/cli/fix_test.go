package cli

import (
	"bytes"
	"io/fs"
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
	dir := copyExamples(t)

	// parlint applies every fix that merges cleanly, raw; it offers no two
	// fixes of a run that overlap, so one run applies them all.
	if out := runIn(t, dir, parlint, onExamples(t, "-fix", "./...")...); !strings.Contains(out, "parlint: fixed 5 findings in 5 files; 3 findings left: 2 with no automatic fix, 1 in code the fixes inserted (sourceid-missing)\n") {
		t.Errorf("parlint -fix does not say what it did:\n%s", out)
	}
	if out := runIn(t, dir, parlint, onExamples(t, "-fix", "-diff", "./...")...); strings.Contains(out, "+++") {
		t.Errorf("a second -fix run still changes files (fixes are not idempotent):\n%s", out)
	}
	runIn(t, dir, "go", "build", "./...")
	if out := runIn(t, dir, "gofmt", "-l", "."); out != "" {
		t.Errorf("gofmt -l after -fix:\n%s", out)
	}

	// What is left: the findings with no fix, and the ancestry of the
	// artifact the state-uri-missing fix taught to answer, which has no
	// source image field to pass.
	out := runIn(t, dir, parlint, onExamples(t, "-json", "./...")...)
	var got []string
	for _, f := range parseJSONIn(t, dir, out) {
		got = append(got, f.File+": "+f.Category)
	}
	want := []string{
		"builder/happycloud/artifact_export.go: sourceid-missing",
		"builder/happyvm/artifact.go: unchecked-assert",
		"post-processor/happybox/artifact.go: fromartifact-missing",
	}
	if !slices.Equal(got, want) {
		t.Errorf("parlint after -fix:\ngot  %q\nwant %q", got, want)
	}
}

// copyExamples copies examples/ to a temporary directory, with its
// replace directives pointing back to this checkout, and returns it.
func copyExamples(t *testing.T) string {
	t.Helper()
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
	return dir
}

// TestDiffApplies checks that git apply takes the output of parlint -diff
// and that the result is what parlint -fix writes.
func TestDiffApplies(t *testing.T) {
	fixed, patched := copyExamples(t), copyExamples(t)
	runIn(t, fixed, parlint, "-fix", "./...")
	cmd := exec.Command(parlint, "-diff", "./...")
	cmd.Dir = patched
	diff, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 3) {
		t.Fatalf("parlint -diff: %v", err)
	}
	if err := os.WriteFile(filepath.Join(patched, "fix.patch"), diff, 0o644); err != nil {
		t.Fatal(err)
	}
	apply := exec.Command("git", "apply", "fix.patch")
	apply.Dir = patched
	if out, err := apply.CombinedOutput(); err != nil {
		t.Fatalf("git apply of parlint -diff: %v\n%s\n%s", err, out, diff)
	}
	if err := os.Remove(filepath.Join(patched, "fix.patch")); err != nil {
		t.Fatal(err)
	}
	want, got := os.DirFS(fixed), os.DirFS(patched)
	err = fs.WalkDir(want, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		a, _ := fs.ReadFile(want, path)
		b, err := fs.ReadFile(got, path)
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between -fix and git apply of -diff", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
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
// and all together, as gopls and golangci-lint --fix apply them (parlint
// -fix above applies them all at once, which would hide a fix that only
// works beside another):
// every result type-checks and is gofmt-clean, and what is left after all of
// them is what had no fix plus one sourceid-missing per inserted branch.
func TestFixExamplesRaw(t *testing.T) {
	// The inserted registry branch passes a source image only when the
	// artifact has a field that clearly holds it.
	followUps := rawfix.OnePer(parstate.CategoryURIMissing, parstate.FollowUps()...)
	rep := rawfix.Check(t, packages.Config{Dir: examplesDir}, parstate.New, followUps, "./...")
	if rep.Fixes == 0 {
		t.Fatal("no fix on examples/")
	}
	t.Logf("examples/: %d findings, %d fixes applied raw, %d findings after", len(rep.Before), rep.Fixes, len(rep.After))
}
