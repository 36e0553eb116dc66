package cli

import (
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parlint/parlint/internal/sarif"
)

// TestSARIFExamples checks parlint -sarif on examples/: the results are the
// golden findings, and Microsoft's SARIF validator (sarif-multitool, from
// the npm package @microsoft/sarif-multitool-linux) finds no error and no
// warning in the log. .ci/run installs the validator and names it in
// SARIF_MULTITOOL; elsewhere the validation is skipped when the tool is not
// on PATH, but never in CI.
func TestSARIFExamples(t *testing.T) {
	stdout, stderr, code := run(t, parlint, onExamples(t, "-sarif", "./...")...)
	if code != 0 {
		t.Fatalf("parlint -sarif ./...: exit %d, want 0 (findings are data)\n%s", code, stderr)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("decoding the SARIF log: %v", err)
	}
	// %SRCROOT% is the root of the git work tree, which holds examples/.
	root, err := url.Parse(log.Runs[0].OriginalURIBaseIDs[sarif.SrcRoot].URI)
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(examplesDir)
	if err != nil {
		t.Fatal(err)
	}
	var got []finding
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		rel, err := filepath.Rel(abs, filepath.Join(root.Path, loc.ArtifactLocation.URI))
		if err != nil || loc.ArtifactLocation.URIBaseID != sarif.SrcRoot {
			t.Fatalf("result location %+v is not under %%SRCROOT%% %s: %v", loc.ArtifactLocation, root, err)
		}
		got = append(got, finding{filepath.ToSlash(rel), strconv.Itoa(loc.Region.StartLine),
			strconv.Itoa(loc.Region.StartColumn), r.RuleID, r.Message.Text})
	}
	slices.SortFunc(got, func(a, b finding) int { return strings.Compare(a.String(), b.String()) })
	if want := shown(t); !slices.Equal(got, want) {
		t.Errorf("parlint -sarif ./... in examples/:\ngot\n%s\nwant\n%s", join(got), join(want))
	}
	validateSARIF(t, stdout)
}

// validateSARIF runs Microsoft's SARIF validator on the log and fails on
// each error and warning it finds.
func validateSARIF(t *testing.T, log string) {
	t.Helper()
	tool := os.Getenv("SARIF_MULTITOOL")
	if tool == "" {
		tool, _ = exec.LookPath("sarif-multitool")
	}
	if tool == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI: no SARIF validator; .ci/run installs it and sets SARIF_MULTITOOL")
		}
		t.Skip("sarif-multitool is not installed (npm install @microsoft/sarif-multitool-linux); SARIF_MULTITOOL names it")
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "examples.sarif"), filepath.Join(dir, "validation.sarif")
	if err := os.WriteFile(in, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "validate", in, "--output", out)
	cmd.Env = append(os.Environ(), "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	summary, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sarif-multitool validate: %v\n%s", err, summary)
	}
	var validation sarif.Log
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &validation); err != nil {
		t.Fatalf("decoding the validator's log: %v", err)
	}
	for _, r := range validation.Runs[0].Results {
		// The validator's results are errors and warnings at its default
		// level; notes are suggestions (snippets, rule ids such as CS2001).
		if r.Level != "note" {
			t.Errorf("validator: %s %s: %s", r.Level, r.RuleID, r.Message.Text)
		}
	}
	t.Logf("sarif-multitool validate: %s", strings.Join(strings.Fields(string(summary)), " "))
}
