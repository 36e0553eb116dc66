package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parlint/parlint/internal/synth"
	"github.com/parlint/parlint/internal/version"
	"github.com/parlint/parlint/passes/parstate"
)

// TestTagsFix checks that build tags apply to -fix: a file that builds only
// with a tag is fixed with -tags and left alone without.
func TestTagsFix(t *testing.T) {
	dir := writeSynth(t, 1, len(synth.Shapes))
	file := filepath.Join(dir, "builder0000", "artifact.go")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	tagged := append([]byte("//go:build special\n\n"), data...)
	if err := os.WriteFile(file, tagged, 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, dir, parlint, "-fix", "./...")
	if got, _ := os.ReadFile(file); string(got) != string(tagged) {
		t.Errorf("-fix without -tags changed a file that builds only with -tags=special")
	}
	if _, stderr, _ := run(t, dir, parlint, "-tags=special", "-fix", "./..."); !strings.Contains(stderr, "fixed ") {
		t.Errorf("-tags=special -fix: stderr %q, want what it fixed", stderr)
	}
	if got, _ := os.ReadFile(file); string(got) == string(tagged) {
		t.Errorf("-tags=special -fix did not change the file")
	}
}

// TestInfoCommands checks the commands that load no packages: each prints
// to stdout and exits 0, or costs one line on stderr and exit status 2.
func TestInfoCommands(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in stdout
	}{
		{[]string{"-version"}, "parlint " + version.Release + "+devel"},
		{[]string{"-V"}, "built with go"},
		{[]string{"-list"}, "error-return          an error path of a call that builds images"},
		{[]string{"-explain", "error-return"}, "\t\treturn nil // RIGHT: Packer skips the artifact"},
		{[]string{"help", "sourceid-missing"}, "See " + parstate.URL + "#sourceid-missing"},
		{[]string{"-h"}, "  3  findings (-fix: findings it could not fix; -diff: findings)"},
		{[]string{"help"}, "  -strict"},
	} {
		stdout, stderr, code := run(t, ".", parlint, tc.args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, tc.want) {
			t.Errorf("parlint %s: exit %d, stderr %q, stdout\n%s\nwant exit 0 and %q", strings.Join(tc.args, " "), code, stderr, stdout, tc.want)
		}
	}
	if got := strings.Count(mustRun(t, "-list"), "\n"); got != len(parstate.Categories()) {
		t.Errorf("-list: %d lines, want one per category (%d)", got, len(parstate.Categories()))
	}
	for _, args := range [][]string{{"-explain", "nope"}, {"help", "nope"}, {}} {
		stdout, stderr, code := run(t, ".", parlint, args...)
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("parlint %s: exit %d, stdout %q, stderr %q; want exit 2 and one line on stderr", strings.Join(args, " "), code, stdout, stderr)
		}
	}
	if out := mustRun(t, "-V=full"); !strings.HasPrefix(out, "parlint version devel ") || !strings.Contains(out, " buildID=") {
		t.Errorf("-V=full = %q, want the line go vet parses: name, version, devel, buildID=", out)
	}
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, code := run(t, ".", parlint, args...)
	if code != 0 {
		t.Fatalf("parlint %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

// TestVerbose checks that -v lists every artifact of a clean module, with
// a count, on stderr, and leaves stdout to the findings.
func TestVerbose(t *testing.T) {
	mod := writeModule(t, map[string]string{"zip/artifact.go": `package zip

type Artifact struct{ Path string }

func (a *Artifact) BuilderId() string             { return "zip" }
func (a *Artifact) Files() []string               { return []string{a.Path} }
func (a *Artifact) Id() string                    { return "" }
func (a *Artifact) String() string                { return a.Path }
func (a *Artifact) State(name string) interface{} { return nil }
func (a *Artifact) Destroy() error                { return nil }
`})
	stdout, stderr, code := run(t, mod, parlint, "-v", "./...")
	if code != 0 || stdout != "" {
		t.Errorf("-v on a clean module: exit %d, stdout %q", code, stdout)
	}
	want := "zip/artifact.go:9:20: left alone x/zip.Artifact: "
	if !strings.HasPrefix(stderr, want) || !strings.Contains(stderr, "\nparlint: 1 package, 1 artifact: 0 checked, 1 left alone: 1 because it has no image to publish: its name says \"zip\"") {
		t.Errorf("-v: stderr\n%s\nwant the artifact (%q...) and a count", stderr, want)
	}
}

// stateDataArtifact returns the source of package pkg with an artifact whose
// State returns its state data for every key, followed by extra.
func stateDataArtifact(pkg, extra string) string {
	return "package " + pkg + `

type Artifact struct {
	ImageID   string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "` + pkg + `" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	return a.StateData[name]
}
` + extra
}

// TestVerboseWithheld checks that -v does not list as checked an artifact
// whose findings parstate withholds, its State being in a file that does not
// type-check: it says so, names the file's first error, and counts it apart.
// An artifact of a package whose error is in another file keeps its findings
// and is checked.
func TestVerboseWithheld(t *testing.T) {
	mod := writeModule(t, map[string]string{
		"typeerr/artifact.go": stateDataArtifact("typeerr", "\nvar broken int = \"not an int\"\n"),
		"other/artifact.go":   stateDataArtifact("other", ""),
		"other/broken.go":     "package other\n\nvar broken int = \"not an int\"\n",
	})
	stdout, stderr, code := run(t, mod, parlint, onFixtures("-v", "./...")...)
	if code != 3 || strings.Contains(stdout, "typeerr/") || !strings.Contains(stdout, "other/artifact.go:14:20: state-uri-missing: ") {
		t.Errorf("exit %d, stdout\n%s\nwant 3 and the finding in other/artifact.go alone", code, stdout)
	}
	for _, want := range []string{
		"\nother/artifact.go:14:20: checked x/other.Artifact\n",
		"\ntypeerr/artifact.go:14:20: withheld x/typeerr.Artifact: parlint reports nothing in a file that does not type-check: " +
			"typeerr/artifact.go:18:18: cannot use \"not an int\" (untyped string constant) as int value in variable declaration\n",
		"\nparlint: 2 packages, 2 artifacts: 1 checked, 1 withheld (a file that does not type-check)\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("-v: stderr\n%s\nwant %q", stderr, want)
		}
	}
}

// TestFixClean checks -fix and -diff on a module with nothing to fix: no
// change, no diff, exit 0, and a line that says so.
func TestFixClean(t *testing.T) {
	mod := writeModule(t, map[string]string{"ok/ok.go": "package ok\n"})
	for _, args := range [][]string{{"-fix", "./..."}, {"-diff", "./..."}} {
		stdout, stderr, code := run(t, mod, parlint, args...)
		if code != 0 || stdout != "" || stderr != "parlint: no findings, nothing to fix\n" {
			t.Errorf("parlint %s on a clean module: exit %d, stdout %q, stderr %q", strings.Join(args, " "), code, stdout, stderr)
		}
	}
}

// TestFixFollowUps checks that -fix and -diff count the findings that are
// really left, as a second run reports them: the registry branch that the
// state-uri-missing fix inserts in an artifact with no source image field
// leaves a sourceid-missing finding, which the run before the fix could
// not see. The package imports the registry image package in another file:
// the fake SDK replaces the real one by a directory, which the analyzer
// cannot look into, so only that import tells it the build provides it.
func TestFixFollowUps(t *testing.T) {
	mod := writeModule(t, map[string]string{"nosrc/key.go": `package nosrc

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

// Key is the key Packer asks State for.
const Key = registryimage.ArtifactStateURI
`, "nosrc/artifact.go": stateDataArtifact("nosrc", "")})
	_, stderr, code := run(t, mod, parlint, onFixtures("-diff", "./...")...)
	if want := "parlint: the diff fixes 1 finding in 1 file; 1 finding left after it: 1 in code the fixes inserted (sourceid-missing)\n"; code != 3 || stderr != want {
		t.Errorf("-diff: exit %d, stderr %q; want 3 and %q", code, stderr, want)
	}
	stdout, stderr, code := run(t, mod, parlint, onFixtures("-fix", "./...")...)
	if want := "parlint: fixed 1 finding in 1 file; 1 finding left: 1 in code the fixes inserted (sourceid-missing)\n"; code != 3 || stderr != want {
		t.Errorf("-fix: exit %d, stderr %q; want 3 and %q", code, stderr, want)
	}
	again, _, _ := run(t, mod, parlint, onFixtures("./...")...)
	if stdout != again || !strings.Contains(again, ": sourceid-missing: ") || strings.Count(again, "\n") != 1 {
		t.Errorf("-fix printed\n%s\nwhat is left; a second run reports\n%s\nwant the same one sourceid-missing finding", stdout, again)
	}
}
