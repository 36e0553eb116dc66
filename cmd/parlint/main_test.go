package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/parlint/parlint/internal/examples"
	"github.com/parlint/parlint/internal/synth"
	"github.com/parlint/parlint/passes/parstate"
)

// parlint is the command, built once by TestMain.
var parlint string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "parlint-cmd")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	parlint = filepath.Join(dir, "parlint")
	build := exec.Command("go", "build", "-o", parlint, ".")
	build.Stderr = os.Stderr
	code := 1
	if build.Run() == nil {
		code = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// offline is the environment of every command the tests run: the modules
// they make replace the SDK by a local fake, so nothing is downloaded.
func offline() []string {
	return append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local")
}

// run runs name with args in dir and returns its stdout, stderr and exit code.
func run(t *testing.T, dir, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = offline()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return out.String(), errOut.String(), code
}

// onFixtures returns args after -disable of the categories the synthetic
// plugin and the modules written here were not written for (synth.Categories
// are those they were), so that adding a category changes no count in these
// tests: they test the command, and a category's own scenarios test what it
// reports. With no such category, args are left as they are.
func onFixtures(args ...string) []string {
	rest := examples.Others(parstate.Categories(), synth.Categories())
	if len(rest) == 0 {
		return args
	}
	return append([]string{"-disable=" + strings.Join(rest, ",")}, args...)
}

// writeModule writes a module "x" that requires the fake SDK, with files
// (path: content) besides go.mod, and returns its directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	if err := synth.WriteSDK(filepath.Join(root, "sdk")); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "x")
	files["go.mod"] = synth.GoMod("x", "../sdk")
	if err := synth.WriteFiles(dir, files); err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeSynth writes a synthetic plugin of n packages with m artifacts each.
func writeSynth(t *testing.T, n, m int) string {
	t.Helper()
	dir, err := synth.Write(t.TempDir(), synth.Options{Packages: n, Artifacts: m, Filler: 2, Tests: true})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBadInput checks that each mistake costs one line on stderr and a
// non-zero exit status: no usage page, no stack trace, no compiler dump.
func TestBadInput(t *testing.T) {
	mod := writeModule(t, map[string]string{
		"ok/ok.go":           "package ok\n",
		"syntax/syntax.go":   "package syntax\n\nfunc f( {\n",
		"typeerr/typeerr.go": "package typeerr\n\nvar _ = nope\n",
		"noimport/noimp.go":  "package noimport\n\nimport _ \"example.com/missing\"\n",
	})
	badMod := t.TempDir()
	if err := os.WriteFile(filepath.Join(badMod, "go.mod"), []byte("module y\n\nnonsense\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notModule := t.TempDir()
	if err := os.WriteFile(filepath.Join(notModule, "a.go"), []byte("package a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, dir string
		args      []string
		code      int
		want      string
	}{
		{"unknown flag", mod, []string{"-nope", "./..."}, 2, "flag provided but not defined: -nope"},
		{"missing flag value", mod, []string{"-c"}, 2, "flag needs an argument: -c"},
		{"bad flag value", mod, []string{"-c=x", "./..."}, 2, `invalid value "x" for flag -c`},
		{"unknown category", mod, []string{"-disable=nope", "./..."}, 2, `unknown category "nope"`},
		{"unknown category in list", mod, []string{"-disable", "error-return,nope", "./..."}, 2, `unknown category "nope"`},
		{"missing directory", mod, []string{"./nope"}, 1, "nope: directory not found"},
		{"missing tree", mod, []string{"./nope/..."}, 1, "./nope/: no such file or directory"},
		{"missing absolute path", mod, []string{filepath.Join(mod, "nope")}, 1, "nope: directory not found"},
		{"not a module", notModule, []string{"./..."}, 1, "is not in a Go module"},
		{"not a module, package", notModule, []string{"."}, 1, "is not in a Go module"},
		{"syntax error", mod, []string{"./syntax"}, 1, "syntax error"},
		{"type error", mod, []string{"./typeerr"}, 1, "undefined: nope"},
		{"missing import", mod, []string{"./noimport"}, 1, "package x/noimport does not load: noimport/noimp.go:3:8: no required module provides package example.com/missing; to add it: go get example.com/missing"},
		{"file named", mod, []string{"typeerr/typeerr.go"}, 1, "the package of typeerr/typeerr.go does not load: typeerr/typeerr.go:3:9: undefined: nope"},
		{"go.mod that does not parse", badMod, []string{"./..."}, 1, "cannot load ./...: errors parsing go.mod: go.mod:3: unknown directive: nonsense"},
		{"broken packages among good ones", mod, []string{"./..."}, 1, "more errors"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := run(t, tc.dir, parlint, tc.args...)
			if code != tc.code {
				t.Errorf("parlint %s: exit %d, want %d\n%s", strings.Join(tc.args, " "), code, tc.code, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "parlint: ") || !strings.Contains(lines[0], tc.want) {
				t.Errorf("parlint %s: stderr\n%s\nwant one line \"parlint: ...%s...\"", strings.Join(tc.args, " "), stderr, tc.want)
			}
			// A complete sentence, without the go command's plumbing.
			for _, raw := range []string{"exit status", "stderr:", "command-line-arguments"} {
				if strings.Contains(stderr, raw) || strings.HasSuffix(lines[0], ":") {
					t.Errorf("parlint %s: stderr %q has %q or ends mid-sentence", strings.Join(tc.args, " "), stderr, raw)
				}
			}
		})
	}
}

// TestBrokenPackageStillChecked checks that a package that fails to load
// among good ones costs one line, and the good ones are still checked.
func TestBrokenPackageStillChecked(t *testing.T) {
	dir := writeSynth(t, 2, len(synth.Shapes))
	if err := os.MkdirAll(filepath.Join(dir, "broken"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken", "b.go"), []byte("package broken\n\nfunc f( {\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, parlint, onFixtures("./...")...)
	if code != 3 {
		t.Errorf("exit %d, want 3 (findings)\n%s", code, stderr)
	}
	if want := "parlint: package example.com/synth/broken does not load: broken/b.go:3:9: syntax error"; !strings.HasPrefix(stderr, want) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr\n%s\nwant one line starting %q", stderr, want)
	}
	if got, want := len(findingLines(stdout)), wantFindings(2, len(synth.Shapes)); got != want {
		t.Errorf("%d findings on stdout, want %d\n%s", got, want, stdout)
	}
}

// wantFindings is the number of findings on a synthetic plugin.
func wantFindings(n, m int) int {
	count := 0
	for p := range n {
		for i := range m {
			count += len(synth.ShapeOf(p, i).Want)
		}
	}
	return count
}

// TestVetTool runs parlint under go vet, with a flag passed through.
func TestVetTool(t *testing.T) {
	dir := writeSynth(t, 2, len(synth.Shapes))
	vet := func(args ...string) (string, int) {
		_, stderr, code := run(t, dir, "go", append([]string{"vet", "-vettool=" + parlint}, onFixtures(args...)...)...)
		return stderr, code
	}
	stderr, code := vet("./...")
	if code != 1 {
		t.Errorf("go vet -vettool on findings: exit %d, want 1\n%s", code, stderr)
	}
	if got, want := len(findingLines(stderr)), wantFindings(2, len(synth.Shapes)); got != want {
		t.Errorf("go vet -vettool: %d findings, want %d\n%s", got, want, stderr)
	}
	all := strings.Join(parstate.Categories(), ",")
	if stderr, code := vet("-disable="+all, "./..."); code != 0 {
		t.Errorf("go vet -vettool -disable=%s: exit %d, want 0\n%s", all, code, stderr)
	}
	// go vet passes the flag on with every package; the mistake costs one
	// line all the same, under go vet's "# package" header, and no manual.
	stderr, code = vet("-disable=nope", "./...")
	var lines []string
	for line := range strings.Lines(stderr) {
		if !strings.HasPrefix(line, "# ") {
			lines = append(lines, line)
		}
	}
	if code == 0 || len(lines) != 1 || !strings.HasPrefix(lines[0], `parlint: invalid value "nope" for flag -disable: unknown category "nope"`) {
		t.Errorf("go vet -vettool -disable=nope: exit %d, stderr\n%s\nwant non-zero and one line naming the unknown category", code, stderr)
	}
	clean := writeModule(t, map[string]string{"ok/ok.go": "package ok\n"})
	if _, stderr, code := run(t, clean, "go", "vet", "-vettool="+parlint, "./..."); code != 0 {
		t.Errorf("go vet -vettool on a clean module: exit %d, want 0\n%s", code, stderr)
	}
}

// findingLines returns the lines of text output that are findings.
func findingLines(stderr string) []string {
	var out []string
	for line := range strings.Lines(stderr) {
		if strings.Contains(line, ".go:") && !strings.HasPrefix(line, "#") {
			out = append(out, strings.TrimSuffix(line, "\n"))
		}
	}
	return out
}

// TestDeterministic checks that two runs print the same findings in the
// same order, and that -json lists the same findings in the same order.
func TestDeterministic(t *testing.T) {
	dir := writeSynth(t, 6, len(synth.Shapes))
	first, stderr, code := run(t, dir, parlint, onFixtures("./...")...)
	if code != 3 || stderr != "" {
		t.Fatalf("exit %d, want 3, and nothing on stderr\n%s", code, stderr)
	}
	second, _, _ := run(t, dir, parlint, onFixtures("./...")...)
	if first != second {
		t.Errorf("two runs differ:\n%s\n---\n%s", first, second)
	}
	text := findingLines(first)
	if want := wantFindings(6, len(synth.Shapes)); len(text) != want {
		t.Errorf("%d findings, want %d", len(text), want)
	}
	stdout, stderr, code := run(t, dir, parlint, onFixtures("-json", "./...")...)
	if code != 0 {
		t.Fatalf("-json: exit %d, want 0\n%s", code, stderr)
	}
	if got := jsonFindings(t, dir, stdout); !slices.Equal(got, text) {
		t.Errorf("-json findings differ from text:\n%s\n---\n%s", strings.Join(got, "\n"), strings.Join(text, "\n"))
	}
	stdout2, _, _ := run(t, dir, parlint, onFixtures("-json", "./...")...)
	if stdout != stdout2 {
		t.Errorf("two -json runs differ")
	}
}

// jsonFindings returns the findings of -json output as text lines, in
// output order, without the repeats of a package's test variant.
func jsonFindings(t *testing.T, dir, stdout string) []string {
	t.Helper()
	type diag struct {
		Posn, Category, Message string
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout)
	}
	var out []string
	seen := map[string]bool{}
	for _, id := range slices.Sorted(maps.Keys(tree)) { // encoding/json writes keys sorted
		var diags []diag
		if err := json.Unmarshal(tree[id]["parstate"], &diags); err != nil {
			t.Fatalf("-json output for %s: %v", id, err)
		}
		for _, d := range diags {
			// Text prints paths relative to the current directory.
			line := strings.TrimPrefix(d.Posn, dir+string(filepath.Separator)) + ": " + d.Category + ": " + d.Message
			if !seen[line] {
				seen[line] = true
				out = append(out, line)
			}
		}
	}
	return out
}

// TestFix checks that -fix -diff prints the fixes without writing them and
// that -fix writes them.
func TestFix(t *testing.T) {
	dir := writeSynth(t, 1, len(synth.Shapes))
	file := filepath.Join(dir, "builder0000", "artifact.go")
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-fix", "-diff", "./..."}, {"-diff", "./..."}} {
		stdout, stderr, code := run(t, dir, parlint, args...)
		if code != 3 || !strings.HasPrefix(stdout, "--- a/builder0000/artifact.go\n+++ b/builder0000/artifact.go\n") ||
			!strings.HasPrefix(stderr, "parlint: the diff fixes ") {
			t.Errorf("parlint %s: exit %d, want 3; stdout\n%s\nstderr\n%s", strings.Join(args, " "), code, stdout, stderr)
		}
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
		t.Errorf("-diff changed %s", file)
	}
	stdout, stderr, code := run(t, dir, parlint, "-fix", "./...")
	left := len(findingLines(stdout))
	if want := fmt.Sprintf(`^parlint: fixed \d+ findings in 1 file; %d findings? left: \d+ with no automatic fix(, \d+ in code the fixes inserted \([a-z-, ]+\))?\n$`, left); !regexp.MustCompile(want).MatchString(stderr) {
		t.Errorf("-fix: stderr %q, want what it fixed and the %d findings left", stderr, left)
	}
	if left > 0 && code != 3 || left == 0 && code != 0 {
		t.Errorf("-fix: exit %d with %d findings left\n%s", code, left, stdout)
	}
	if again, _, _ := run(t, dir, parlint, "./..."); again != stdout {
		t.Errorf("-fix printed\n%s\nas left; a second run reports\n%s", stdout, again)
	}
	if after, _ := os.ReadFile(file); bytes.Equal(before, after) {
		t.Errorf("-fix did not change %s", file)
	}
	if _, stderr, _ := run(t, dir, "go", "build", "./..."); stderr != "" {
		t.Errorf("the module does not build after -fix:\n%s", stderr)
	}
}
