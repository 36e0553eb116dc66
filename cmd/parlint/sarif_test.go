package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parlint/parlint/internal/sarif"
	"github.com/parlint/parlint/internal/synth"
	"github.com/parlint/parlint/passes/parstate"
)

// TestSARIF checks the -sarif output on a synthetic plugin whose packages
// have tests: one rule per category, described, each finding once, with a
// region, a URI relative to the module root, and the suggested fixes.
func TestSARIF(t *testing.T) {
	dir := writeSynth(t, 3, len(synth.Shapes))
	stdout, stderr, code := run(t, dir, parlint, onFixtures("-sarif", "./...")...)
	if code != 0 || stderr != "" {
		t.Fatalf("-sarif: exit %d, want 0 (findings are data)\n%s", code, stderr)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("-sarif output: %v\n%s", err, stdout)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q with %d runs, want 2.1.0 with 1", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.OriginalURIBaseIDs[sarif.SrcRoot].URI != "file://"+dir+"/" {
		t.Errorf("%%SRCROOT%% is %q, want the module root %s", run.OriginalURIBaseIDs[sarif.SrcRoot].URI, dir)
	}
	rules := run.Tool.Driver.Rules
	checkRules(t, rules)
	if got, want := len(run.Results), wantFindings(3, len(synth.Shapes)); got != want {
		t.Errorf("%d results, want %d (each finding once, though every package has tests)", got, want)
	}
	if checkResults(t, rules, run.Results) == 0 {
		t.Error("no result has a fix")
	}
	sorted := slices.IsSortedFunc(run.Results, func(a, b sarif.Result) int {
		return strings.Compare(a.Locations[0].PhysicalLocation.ArtifactLocation.URI, b.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	})
	if !sorted {
		t.Error("results are not sorted by file")
	}
}

// checkRules checks that there is one rule per category, in order,
// described by doc.go and linked to its README section.
func checkRules(t *testing.T, rules []sarif.Rule) {
	t.Helper()
	if len(rules) != len(parstate.Categories()) {
		t.Fatalf("%d rules, want one per category (%d)", len(rules), len(parstate.Categories()))
	}
	for i, r := range rules {
		short, full := parstate.Describe(r.ID)
		if r.ID != parstate.Categories()[i] || r.ShortDescription.Text != short || r.FullDescription.Text != full ||
			r.HelpURI != parstate.URL+"#"+r.ID {
			t.Errorf("rule %d: %+v, want category %s described by doc.go and linked to its README section", i, r, parstate.Categories()[i])
		}
	}
}

// checkResults checks each result: reported once, tied to its rule, a
// warning whose message does not repeat the rule, in a .go file relative
// to %SRCROOT%, with a region, and fixes that change something. It returns
// the number of fixes.
func checkResults(t *testing.T, rules []sarif.Rule, results []sarif.Result) (fixes int) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range results {
		loc := r.Locations[0].PhysicalLocation
		key := fmt.Sprintf("%s:%d:%d: %s: %s", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn, r.RuleID, r.Message.Text)
		if seen[key] {
			t.Errorf("result repeated: %s", key)
		}
		seen[key] = true
		if r.RuleIndex < 0 || rules[r.RuleIndex].ID != r.RuleID || r.Level != "warning" {
			t.Errorf("result %s: ruleIndex %d, level %q", r.RuleID, r.RuleIndex, r.Level)
		}
		if strings.HasPrefix(r.Message.Text, r.RuleID) {
			t.Errorf("result message repeats its rule: %q", r.Message.Text)
		}
		u := loc.ArtifactLocation
		if u.URIBaseID != sarif.SrcRoot || path.IsAbs(u.URI) || strings.HasPrefix(u.URI, "..") || !strings.HasSuffix(u.URI, ".go") {
			t.Errorf("result %s: location %+v, want a .go file relative to %%SRCROOT%%", r.RuleID, u)
		}
		if g := loc.Region; g.StartLine < 1 || g.StartColumn < 1 || g.EndLine < g.StartLine || g.EndLine == g.StartLine && g.EndColumn <= g.StartColumn {
			t.Errorf("result %s: region %+v", r.RuleID, g)
		}
		for _, f := range r.Fixes {
			fixes++
			if f.Description.Text == "" || len(f.ArtifactChanges) == 0 || len(f.ArtifactChanges[0].Replacements) == 0 {
				t.Errorf("result %s: fix %+v has no description or no change", r.RuleID, f)
			}
		}
	}
	return fixes
}

// TestSARIFBadInput checks that -sarif refuses the flags of other outputs
// and reports packages that do not load in one line.
func TestSARIFBadInput(t *testing.T) {
	mod := writeModule(t, map[string]string{
		"ok/ok.go":         "package ok\n",
		"syntax/syntax.go": "package syntax\n\nfunc f( {\n",
	})
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-sarif", "-json", "./..."}, 2, "-json does not go with -sarif"},
		{[]string{"-sarif", "-fix", "./..."}, 2, "-fix does not go with -sarif"},
		{[]string{"-sarif", "-disable=nope", "./..."}, 2, `unknown category "nope"`},
		{[]string{"-sarif", "./syntax"}, 1, "package x/syntax does not load: syntax/syntax.go:3:9: syntax error"},
		{[]string{"./...", "-sarif"}, 2, "flag -sarif after the packages"},
		{[]string{"-sarif", "-V", "./..."}, 2, "take no packages"},
		{[]string{"-sarif", "./nope"}, 1, "nope: directory not found"},
	} {
		stdout, stderr, code := run(t, mod, parlint, tc.args...)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if code != tc.code || len(lines) != 1 || !strings.HasPrefix(lines[0], "parlint: ") || !strings.Contains(lines[0], tc.want) {
			t.Errorf("parlint %s: exit %d, stderr\n%s\nwant exit %d and one line with %q", strings.Join(tc.args, " "), code, stderr, tc.code, tc.want)
		}
		// A usage error writes no log; a load error writes one that
		// says the run failed.
		if failed := strings.Contains(stdout, `"executionSuccessful": false`); tc.code == 2 && stdout != "" || tc.code == 1 && !failed {
			t.Errorf("parlint %s: exit %d, %d bytes on stdout, executionSuccessful false: %v", strings.Join(tc.args, " "), code, len(stdout), failed)
		}
	}
	stdout, stderr, code := run(t, mod, parlint, "-sarif", "./ok")
	if code != 0 || !strings.Contains(stdout, `"results": []`) {
		t.Errorf("-sarif on a clean package: exit %d, stdout\n%s\nstderr\n%s\nwant exit 0 and an empty results array", code, stdout, stderr)
	}
}

// TestJSONOnce checks that -json lists each finding once, though every
// package has tests, and that -test brings the test variants back.
func TestJSONOnce(t *testing.T) {
	dir := writeSynth(t, 2, len(synth.Shapes))
	stdout, _, _ := run(t, dir, parlint, onFixtures("-json", "./...")...)
	if got, want := strings.Count(stdout, `"posn"`), wantFindings(2, len(synth.Shapes)); got != want {
		t.Errorf("-json: %d findings listed, want %d (no repeat for a package's test variant)", got, want)
	}
	stdout, _, _ = run(t, dir, parlint, onFixtures("-json", "-test", "./...")...)
	if !strings.Contains(stdout, ".test]") {
		t.Errorf("-json -test: no test variant analyzed")
	}
}

// TestSARIFLineDirective checks that SARIF locations and fixes point into
// the file as stored, not where a //line directive renames it.
func TestSARIFLineDirective(t *testing.T) {
	mod := writeModule(t, map[string]string{"gen/artifact.go": `package gen

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

//line artifact.go.tmpl:200
type Artifact struct{ ImageID, SourceImage string }

func (a *Artifact) BuilderId() string { return "x" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ImageID }
func (a *Artifact) String() string    { return a.ImageID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
		return img
	}
	return nil
}
`})
	stdout, stderr, code := run(t, mod, parlint, onFixtures("-sarif", "./...")...)
	if code != 0 {
		t.Fatalf("-sarif: exit %d\n%s", code, stderr)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	if len(results) != 1 {
		t.Fatalf("%d results, want the discarded error", len(results))
	}
	loc := results[0].Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "gen/artifact.go" || loc.Region.StartLine != 16 || loc.Region.StartColumn != 13 {
		t.Errorf("location %+v, want gen/artifact.go:16:13 (the file as stored)", loc)
	}
	for _, f := range results[0].Fixes {
		for _, ch := range f.ArtifactChanges {
			for _, r := range ch.Replacements {
				if ch.ArtifactLocation.URI != "gen/artifact.go" || r.DeletedRegion.StartLine < 1 || r.DeletedRegion.StartColumn < 1 {
					t.Errorf("fix change %+v at %+v, want a region of gen/artifact.go", ch.ArtifactLocation, r.DeletedRegion)
				}
			}
		}
	}
}

// TestSARIFBrokenPackage checks that a package that does not load hides no
// other package's results: the log has them all, and the load error as a
// notification of a run that did not succeed.
func TestSARIFBrokenPackage(t *testing.T) {
	dir := writeSynth(t, 2, len(synth.Shapes))
	if err := os.MkdirAll(filepath.Join(dir, "broken"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken", "b.go"), []byte("package broken\n\nfunc f( {\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, parlint, onFixtures("-sarif", "./...")...)
	if code != 1 || !strings.HasPrefix(stderr, "parlint: package example.com/synth/broken does not load: ") {
		t.Errorf("-sarif with a broken package: exit %d, want 1; stderr\n%s", code, stderr)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("-sarif output: %v", err)
	}
	run := log.Runs[0]
	if got, want := len(run.Results), wantFindings(2, len(synth.Shapes)); got != want {
		t.Errorf("%d results, want every other package's %d", got, want)
	}
	if len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful || len(run.Invocations[0].ToolExecutionNotifications) == 0 {
		t.Fatalf("invocations %+v, want one that did not succeed, with notifications", run.Invocations)
	}
	n := run.Invocations[0].ToolExecutionNotifications[0]
	if n.Level != "error" || !strings.HasPrefix(n.Message.Text, "package example.com/synth/broken does not load: broken/b.go:3:9: syntax error") {
		t.Errorf("notification %+v, want the syntax error of package broken", n)
	}
}
