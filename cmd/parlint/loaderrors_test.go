package main

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
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
