package udiff

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// apply applies a unified diff to old strictly: every hunk header must give
// the line numbers and lengths of its lines, and every kept and deleted line
// must be there.
func apply(t *testing.T, old, patch string) string {
	t.Helper()
	a := splitLines(old)
	var out []string
	next := 0 // the next line of a to copy
	header := regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$`)
	lines := strings.SplitAfter(patch, "\n")
	for i := 2; i < len(lines) && lines[i] != ""; {
		m := header.FindStringSubmatch(strings.TrimSuffix(lines[i], "\n"))
		if m == nil {
			t.Fatalf("line %d: not a hunk header: %q\n%s", i+1, lines[i], patch)
		}
		oldStart, oldLen, newStart, newLen := atoi(m[1]), count(m[2]), atoi(m[3]), count(m[4])
		if oldLen > 0 {
			oldStart--
		}
		if newLen > 0 {
			newStart--
		}
		out = append(out, a[next:oldStart]...)
		if len(out) != newStart {
			t.Fatalf("hunk %q: new start %d, but %d lines come before it\n%s", lines[i], newStart, len(out), patch)
		}
		next = oldStart
		gotOld, gotNew := 0, 0
		for i++; i < len(lines) && lines[i] != "" && !strings.HasPrefix(lines[i], "@@"); i++ {
			text := lines[i][1:]
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], `\ No newline`) {
				text = strings.TrimSuffix(text, "\n")
				lines[i+1] = " " // consumed below
			}
			switch lines[i][0] {
			case ' ', '-':
				if next >= len(a) || a[next] != text {
					t.Fatalf("hunk line %q does not match old line %d\n%s", lines[i], next+1, patch)
				}
				next++
				gotOld++
				if lines[i][0] == ' ' {
					out = append(out, text)
					gotNew++
				}
			case '+':
				out = append(out, text)
				gotNew++
			}
			if lines[i+1 : i+2][0] == " " {
				i++
			}
		}
		if gotOld != oldLen || gotNew != newLen {
			t.Fatalf("hunk %s: %d old and %d new lines, header says %d and %d\n%s", m[0], gotOld, gotNew, oldLen, newLen, patch)
		}
	}
	return strings.Join(append(out, a[next:]...), "")
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func count(s string) int {
	if s == "" {
		return 1
	}
	return atoi(s)
}

// mutate returns a copy of the lines of s with random insertions,
// deletions and changes.
func mutate(r *rand.Rand, s []string) []string {
	var out []string
	for i, line := range s {
		switch r.IntN(10) {
		case 0:
			continue
		case 1:
			out = append(out, fmt.Sprintf("new %d\n", i))
		case 2:
			out = append(out, fmt.Sprintf("added %d\n", i), fmt.Sprintf("added %d too\n", i))
		}
		out = append(out, line)
	}
	if r.IntN(4) == 0 {
		out = append(out, "tail\n")
	}
	return out
}

func TestUnifiedApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		var old []string
		for i := range r.IntN(60) {
			old = append(old, fmt.Sprintf("line %d\n", i%7)) // repeats, to mislead
		}
		oldText, newText := strings.Join(old, ""), strings.Join(mutate(r, old), "")
		if n%5 == 0 && newText != "" {
			newText = strings.TrimSuffix(newText, "\n") // no newline at the end
		}
		patch := Unified("f.go", []byte(oldText), []byte(newText))
		if (patch == "") != (oldText == newText) {
			t.Fatalf("case %d: patch %q for a change %v", n, patch, oldText != newText)
		}
		if patch == "" {
			continue
		}
		if got := apply(t, oldText, patch); got != newText {
			t.Fatalf("case %d: patch gives\n%q\nwant\n%q\npatch:\n%s", n, got, newText, patch)
		}
	}
}

// TestHunkAfterInsertion checks the header of a hunk that follows one that
// adds lines: its new start counts them.
func TestHunkAfterInsertion(t *testing.T) {
	var old []string
	for i := range 30 {
		old = append(old, fmt.Sprintf("%d\n", i))
	}
	newLines := append([]string{}, old[:5]...)
	newLines = append(newLines, "a\n", "b\n")
	newLines = append(newLines, old[5:20]...)
	newLines = append(newLines, "c\n")
	newLines = append(newLines, old[21:]...)
	got := Unified("x/f.go", []byte(strings.Join(old, "")), []byte(strings.Join(newLines, "")))
	want := "--- a/x/f.go\n+++ b/x/f.go\n" +
		"@@ -3,6 +3,8 @@\n 2\n 3\n 4\n+a\n+b\n 5\n 6\n 7\n" +
		"@@ -18,7 +20,7 @@\n 17\n 18\n 19\n-20\n+c\n 21\n 22\n 23\n"
	if got != want {
		t.Errorf("Unified =\n%s\nwant\n%s", got, want)
	}
}

// TestGitApply checks that git apply takes the diff of a file in a
// subdirectory, named relative to the current directory.
func TestGitApply(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	oldText := "package p\n\nfunc f() {\n\tprintln(1)\n}\n\nfunc g() {}\n"
	newText := "package p\n\nimport \"log\"\n\nfunc f() {\n\tlog.Print(1)\n}\n\nfunc g() {}\n"
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "p.go"), []byte(oldText), 0o644); err != nil {
		t.Fatal(err)
	}
	patch := filepath.Join(dir, "fix.patch")
	if err := os.WriteFile(patch, []byte(Unified("sub/p.go", []byte(oldText), []byte(newText))), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(git, "apply", patch)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git apply: %v\n%s", err, out)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "sub", "p.go")); string(got) != newText {
		t.Errorf("after git apply:\n%s\nwant\n%s", got, newText)
	}
}
