package main

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/internal/synth"
)

// TestGitHubActions checks -format=github-actions on a synthetic plugin in
// a subdirectory of a git work tree: one ::warning command per finding,
// with the file relative to the work tree's root, as GitHub resolves it,
// the finding's region, and its category in the title; the exit status is
// text's.
func TestGitHubActions(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	dir, err := synth.Write(filepath.Join(root, "plugin"), synth.Options{Packages: 2, Artifacts: len(synth.Shapes), Filler: 2, Tests: true})
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, parlint, onFixtures("-format=github-actions", "./...")...)
	if code != 3 || stderr != "" {
		t.Fatalf("-format=github-actions: exit %d, want 3 (findings), and nothing on stderr\n%s", code, stderr)
	}
	command := regexp.MustCompile(`^::warning file=(` + regexp.QuoteMeta(filepath.ToSlash(rel)) + `/[^,:]+\.go),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=parlint ([a-z-]+)::(.+)$`)
	var got []string
	for line := range strings.Lines(stdout) {
		m := command.FindStringSubmatch(strings.TrimSuffix(line, "\n"))
		if m == nil {
			t.Errorf("not a ::warning command with a file under the work tree's root %s: %q", rel, line)
			continue
		}
		file, category, msg := strings.TrimPrefix(m[1], filepath.ToSlash(rel)+"/"), m[4], m[5]
		got = append(got, fmt.Sprintf("%s:%s:%s: %s: %s", file, m[2], m[3], category, msg))
	}
	text, _, _ := run(t, dir, parlint, onFixtures("./...")...)
	if want := findingLines(text); !slices.Equal(got, want) || len(want) != wantFindings(2, len(synth.Shapes)) {
		t.Errorf("-format=github-actions:\n%s\nwant the findings of text output, once each:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGitHubActionsBrokenPackage checks that a package that does not load
// costs text's line on stderr and an ::error command, which GitHub shows in
// the run's summary, and hides no other finding: as in text, the exit
// status is 3, for the findings.
func TestGitHubActionsBrokenPackage(t *testing.T) {
	dir := writeSynth(t, 1, len(synth.Shapes))
	if err := synth.WriteFiles(filepath.Join(dir, "broken"), map[string]string{"b.go": "package broken\n\nfunc f( {\n"}); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, parlint, onFixtures("-format=github-actions", "./...")...)
	if code != 3 || !strings.HasPrefix(stderr, "parlint: package example.com/synth/broken does not load: ") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("exit %d, stderr\n%s\nwant 3 and one line", code, stderr)
	}
	if want := "::error title=parlint::package example.com/synth/broken does not load: broken/b.go:3:9: syntax error"; !strings.Contains(stdout, want) {
		t.Errorf("stdout\n%s\nwant %q", stdout, want)
	}
	if got, want := strings.Count(stdout, "::warning "), wantFindings(1, len(synth.Shapes)); got != want {
		t.Errorf("%d ::warning commands, want %d", got, want)
	}
}

// TestAnnotation checks GitHub's escaping: in the message, %, CR and LF;
// in a property, also the colon and the comma that end it.
func TestAnnotation(t *testing.T) {
	fset := token.NewFileSet()
	root := filepath.Join(t.TempDir(), "repo")
	tf := fset.AddFile(filepath.Join(root, "a,b:c", "x.go"), -1, 100)
	tf.SetLines([]int{0, 10, 20})
	f := finding{fset, analysis.Diagnostic{Pos: tf.Pos(12), End: tf.Pos(15), Category: "error-return", Message: "100% wrong\r\nnext: line, too"}}
	want := "::warning file=a%2Cb%3Ac/x.go,line=2,col=3,endLine=2,endColumn=6,title=parlint error-return::100%25 wrong%0D%0Anext: line, too"
	if got := annotation(f, root, codePoints{}); got != want {
		t.Errorf("annotation:\n got %s\nwant %s", got, want)
	}
	f.diag.End = token.NoPos
	outside := filepath.Join(filepath.Dir(root), "other")
	if got := annotation(f, outside, codePoints{}); !strings.HasPrefix(got, "::warning file="+escapeProperty(tf.Name())+",line=2,col=3,title=") {
		t.Errorf("annotation of a file outside the root, with no end: %s; want its absolute path and no endLine", got)
	}
}
