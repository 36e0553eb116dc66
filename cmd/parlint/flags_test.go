package main

import (
	"slices"
	"strings"
	"testing"
)

// TestParseArgs checks the command line's parsing: the patterns it keeps,
// and a one-line error for each mistake.
func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		patterns []string
		err      string
	}{
		{args: []string{"./..."}, patterns: []string{"./..."}},
		{args: []string{"-c", "2", "-disable", "error-return", "-strict", "./a", "./b/..."}, patterns: []string{"./a", "./b/..."}},
		{args: []string{"-test=false", "--", "./..."}, patterns: []string{"./..."}},
		{args: []string{"-fix", "-diff", "-tags=e2e", "./..."}, patterns: []string{"./..."}},
		{args: []string{"-V"}},
		{args: []string{"-V=full"}},
		{args: []string{"-explain", "error-return"}},
		{args: []string{"help", "error-return"}},
		{args: []string{"-nope"}, err: "flag provided but not defined: -nope"},
		{args: []string{"-disable=nope"}, err: `unknown category "nope"`},
		{args: []string{"-json=maybe"}, err: `invalid boolean value "maybe" for -json`},
		{args: []string{"-V=yes"}, err: "-V takes no value but full"},
		{args: []string{"./...", "-json"}, err: "flag -json after the packages"},
		{args: []string{"-json", "-sarif", "./..."}, err: "-json does not go with -sarif"},
		{args: []string{"-format=github-actions", "./..."}, patterns: []string{"./..."}},
		{args: []string{"-format=text", "-c=2", "./..."}, patterns: []string{"./..."}},
		{args: []string{"-format=nope", "./..."}, err: `invalid value "nope" for flag -format: the formats are text, json, sarif, github-actions`},
		{args: []string{"-format=github-actions", "-sarif", "./..."}, err: "-format=github-actions does not go with -sarif"},
		{args: []string{"-diff", "-format=json", "./..."}, err: "-diff does not go with -format=json"},
		{args: []string{"-format=github-actions", "-c=1", "./..."}, err: "does not go with"},
		{args: []string{"-fix", "-json", "./..."}, err: "-fix does not go with -json"},
		{args: []string{"-c=2", "-diff", "./..."}, err: "does not go with"},
		{args: []string{"-c=-2", "./..."}, err: "invalid value -2 for flag -c"},
		{args: []string{}, err: "no packages to check"},
		{args: []string{"-list", "./..."}, err: "take no packages"},
		{args: []string{"help", "a", "b"}, err: "help takes at most one category"},
	} {
		o, err := parseArgs(tc.args)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseArgs(%q): error %v, want one containing %q", tc.args, err, tc.err)
			}
		case err != nil:
			t.Errorf("parseArgs(%q): %v", tc.args, err)
		case !slices.Equal(o.patterns, tc.patterns) && tc.args[0] != "help":
			t.Errorf("parseArgs(%q) = %+v, want patterns %q", tc.args, o, tc.patterns)
		}
	}
}
