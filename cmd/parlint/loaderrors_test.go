package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/synth"
)

func TestErrorLines(t *testing.T) {
	for _, tc := range []struct {
		e    packages.Error
		want []string
	}{
		{packages.Error{Pos: "a/a.go:3:8", Msg: "no required module provides package m; to add it:\n\tgo get m"},
			[]string{"a/a.go:3:8: no required module provides package m; to add it: go get m"}},
		{packages.Error{Pos: "-", Msg: "# x/a\na.go:1:1: e1\na.go:2:1: e2\n"}, []string{"a.go:1:1: e1", "a.go:2:1: e2"}},
		{packages.Error{Msg: "err: exit status 1: stderr: go: errors parsing go.mod"}, []string{"go: errors parsing go.mod"}},
		{packages.Error{Pos: "./bad.go:3:9", Msg: "command-line-arguments: undefined: nope"}, []string{"./bad.go:3:9: undefined: nope"}},
		{packages.Error{Msg: "a.go:3:6: T redeclared in this block\n\ta.go:2:6: other declaration of T"}, []string{"a.go:3:6: T redeclared in this block"}},
		{packages.Error{Pos: "a/a.go:3:8", Msg: "example.com/a@v1.0.0 requires\n\texample.com/x@v0.0.0 (replaced by ../nonexistent): reading ../nonexistent/go.mod: no such file or directory"},
			[]string{"a/a.go:3:8: example.com/a@v1.0.0 requires example.com/x@v0.0.0 (replaced by ../nonexistent): reading ../nonexistent/go.mod: no such file or directory"}},
		{packages.Error{Msg: "err: exit status 1: stderr: go: downloading example.com/a v1.0.0\nopen /w/nonexistent/go.mod: no such file or directory\n"},
			[]string{"open /w/nonexistent/go.mod: no such file or directory"}},
	} {
		if got := errorLines(tc.e); !slices.Equal(got, tc.want) {
			t.Errorf("errorLines(%+v) = %q, want %q", tc.e, got, tc.want)
		}
	}
}

func TestSummary(t *testing.T) {
	for _, tc := range []struct {
		failed []pkgError
		want   string
	}{
		{nil, ""},
		{[]pkgError{{"package x/a", []string{"a.go:1:1: e1"}}}, "package x/a does not load: a.go:1:1: e1"},
		{[]pkgError{{"package x/a", []string{"a.go:1:1: e1", "a.go:2:1: e2"}}}, "package x/a does not load: a.go:1:1: e1 (and 1 more error; go build lists them all)"},
		{[]pkgError{{"package x/a", []string{"e1"}}, {"package x/b", []string{"e2", "e3"}}}, "package x/a does not load: e1 (and 2 more errors in 2 packages; go build lists them all)"},
	} {
		if got := summary(tc.failed); got != tc.want {
			t.Errorf("summary(%v) = %q, want %q", tc.failed, got, tc.want)
		}
	}
}

func TestFirstGoError(t *testing.T) {
	for _, tc := range []struct{ stderr, want string }{
		{"go: downloading example.com/a v1.0.0\ngo: downloading example.com/b v1.2.0\ngo: example.com/a@v1.0.0 requires\n\texample.com/x@v0.0.0 (replaced by ../nonexistent): reading ../nonexistent/go.mod: open /w/nonexistent/go.mod: no such file or directory\n",
			"example.com/a@v1.0.0 requires example.com/x@v0.0.0 (replaced by ../nonexistent): reading ../nonexistent/go.mod: open /w/nonexistent/go.mod: no such file or directory"},
		{"go: finding module for package example.com/y\ngo: found example.com/y in example.com/y v1.0.0\ngo: m imports\n\texample.com/y: no such package\n",
			"m imports example.com/y: no such package"},
		{"go: errors parsing go.mod:\n/w/go.mod:3: unknown directive: nonsense\n", "errors parsing go.mod: /w/go.mod:3: unknown directive: nonsense"},
		{"go: downloading example.com/a v1.0.0\n", ""},
	} {
		if got := firstGoError(tc.stderr); got != tc.want {
			t.Errorf("firstGoError(%q) = %q, want %q", tc.stderr, got, tc.want)
		}
	}
}

// TestReplaceMissing checks that a replace directive pointing to a directory
// that does not exist, in the requirements of a dependency, costs the line
// that says so: the go command continues "a requires" on the next line.
func TestReplaceMissing(t *testing.T) {
	root := t.TempDir()
	if err := synth.WriteFiles(filepath.Join(root, "a"), map[string]string{
		"go.mod": "module example.com/a\n\ngo 1.16\n\nrequire example.com/x v0.0.0\n",
		"a.go":   "package a\n\nimport _ \"example.com/x\"\n",
	}); err != nil {
		t.Fatal(err)
	}
	want := "example.com/a@v0.0.0 requires example.com/x@v0.0.0 (replaced by ../nonexistent): reading ../nonexistent/go.mod: open "
	for _, tc := range []struct{ goVersion, want string }{
		{"1.25", "parlint: package example.com/a does not load: "}, // a package's error
		{"1.16", "parlint: cannot load ./...: " + want},            // the module graph's
	} {
		dir := filepath.Join(root, "m"+tc.goVersion)
		if err := synth.WriteFiles(dir, map[string]string{
			"go.mod": "module m\n\ngo " + tc.goVersion + "\n\nrequire example.com/a v0.0.0\n\nreplace example.com/a => ../a\n\nreplace example.com/x => ../nonexistent\n",
			"m.go":   "package m\n\nimport _ \"example.com/a\"\n",
		}); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := run(t, dir, parlint, "./...")
		if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, tc.want) ||
			!strings.Contains(stderr, want) || !strings.HasSuffix(stderr, "/nonexistent/go.mod: no such file or directory\n") {
			t.Errorf("go %s: exit %d, stderr\n%s\nwant exit 1 and one line %q...%q...", tc.goVersion, code, stderr, tc.want, want)
		}
	}
}
