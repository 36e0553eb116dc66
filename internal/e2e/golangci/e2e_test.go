package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parlint/parlint/internal/examples"
	"github.com/parlint/parlint/passes/parstate"
)

// Paths from this package's directory, where go test runs the test.
const (
	repoRoot    = "../../.."
	examplesDir = repoRoot + "/examples"
	golden      = examplesDir + "/findings.golden"
	exampleCfg  = repoRoot + "/.golangci.example.yml"
)

// A finding is what the test compares: where and what, not the column.
type finding struct {
	File    string // slash-separated, relative to examples/
	Line    int
	Message string
}

func (f finding) String() string { return fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Message) }

func TestExamples(t *testing.T) {
	bin := golangciLint(t)
	want := readGolden(t)

	got, stderr, err := lint(t, bin, exampleConfig(t))
	if exitCode(err) != wantExitCode(want) {
		t.Fatalf("golangci-lint exited with %v, want code %d; stderr:\n%s", err, wantExitCode(want), stderr)
	}
	compare(t, got, findingsOf(want, nil))
}

// exampleConfig returns .golangci.example.yml when examples/ was written
// for every category (its "parlint reports:" comments name them); otherwise
// a copy that disables the others, and those named. A category added later
// thus changes nothing here: the command's TestStandaloneJSON holds the
// golden to what parlint prints with every category.
func exampleConfig(t *testing.T, disable ...string) string {
	t.Helper()
	disable = append(disable, examples.Others(parstate.Categories(), written(t))...)
	if len(disable) == 0 {
		return exampleCfg
	}
	return writeConfig(t, "disable: ["+strings.Join(disable, ", ")+"]")
}

// written returns the categories examples/ was written for.
func written(t *testing.T) []string {
	t.Helper()
	marks, err := examples.Marks(examplesDir)
	if err != nil {
		t.Fatal(err)
	}
	return examples.Categories(marks)
}

// TestDisable checks that the plugin's settings reach the analyzer: disabling
// the category of the first golden finding removes that category's findings.
func TestDisable(t *testing.T) {
	bin := golangciLint(t)
	want := readGolden(t)
	if len(want) == 0 {
		t.Skip("examples/findings.golden lists no finding to disable")
	}
	category := want[0].category
	cfg := exampleConfig(t, category)

	got, stderr, err := lint(t, bin, cfg)
	rest := findingsOf(want, func(g goldenFinding) bool { return g.category != category })
	if exitCode(err) != wantExitCode(rest) {
		t.Fatalf("golangci-lint exited with %v, want code %d; stderr:\n%s", err, wantExitCode(rest), stderr)
	}
	compare(t, got, rest)
}

func TestBadSettings(t *testing.T) {
	bin := golangciLint(t)
	tests := []struct {
		name     string
		settings string
		names    string // what the error line must quote
	}{
		{"unknown category", "disable: [error-return, nope]", `"nope"`},
		{"unknown key", "disabled: [error-return]", `"disabled"`},
		{"string for a list", "disable: error-return", "Settings.disable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := lint(t, bin, writeConfig(t, tt.settings))
			if exitCode(err) <= 0 {
				t.Fatalf("golangci-lint with settings %q exited with %v, want a failure", tt.settings, err)
			}
			if !hasLine(stderr, "parlint: ", tt.names) {
				t.Errorf("golangci-lint with settings %q: no stderr line names %s:\n%s", tt.settings, tt.names, stderr)
			}
		})
	}
}

// lint runs golangci-lint on examples/ with the configuration at cfg and
// returns its findings, its standard error and the error of its exit.
func lint(t *testing.T, bin, cfg string) ([]finding, string, error) {
	t.Helper()
	dir, err := filepath.Abs(examplesDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err = filepath.Abs(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run",
		"--config="+cfg,
		"--output.json.path=stdout",
		"--path-mode=abs",
		"--show-stats=false",
		// Report every finding: the defaults cap them and merge those on one line.
		"--max-issues-per-linter=0",
		"--max-same-issues=0",
		"--uniq-by-line=false",
		"--allow-parallel-runners",
		"./...")
	cmd.Dir = dir
	// A fresh cache: golangci-lint keys its cache on the linted packages,
	// not on the analyzer's code, so an old entry could hide a change in parlint.
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	if exitCode(runErr) < 0 {
		t.Fatalf("running golangci-lint: %v", runErr)
	}
	if exitCode(runErr) > 1 { // 1 means findings; anything else has no report
		return nil, stderr.String(), runErr
	}
	return decodeReport(t, dir, stdout.Bytes(), stderr.Bytes()), stderr.String(), runErr
}

// decodeReport returns the findings of golangci-lint's JSON report, run in
// dir, with their paths relative to it.
func decodeReport(t *testing.T, dir string, stdout, stderr []byte) []finding {
	t.Helper()
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename string
				Line     int
			}
		}
	}
	if err := json.Unmarshal(stdout, &report); err != nil {
		t.Fatalf("decoding golangci-lint's JSON report: %v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	var got []finding
	for _, issue := range report.Issues {
		if issue.FromLinter != "parlint" {
			t.Errorf("finding from %s, not parlint: %s:%d: %s", issue.FromLinter, issue.Pos.Filename, issue.Pos.Line, issue.Text)
			continue
		}
		rel, err := filepath.Rel(dir, issue.Pos.Filename)
		if err != nil {
			t.Fatal(err)
		}
		// The text is the category and the message: golangci-lint names no
		// analyzer, since the plugin's is named after the linter.
		got = append(got, finding{filepath.ToSlash(rel), issue.Pos.Line, issue.Text})
	}
	return got
}

// compare reports the findings missing from got and those not in want.
func compare(t *testing.T, got, want []finding) {
	t.Helper()
	sortFindings(got)
	sortFindings(want)
	for _, f := range want {
		if !slices.Contains(got, f) {
			t.Errorf("missing finding %s", f)
		}
	}
	for _, f := range got {
		if !slices.Contains(want, f) {
			t.Errorf("unexpected finding %s", f)
		}
	}
	if len(got) != len(want) && !t.Failed() {
		t.Errorf("got %d findings, want %d (a finding reported twice?)", len(got), len(want))
	}
}

func sortFindings(fs []finding) {
	slices.SortFunc(fs, func(a, b finding) int {
		return strings.Compare(fmt.Sprintf("%s:%09d:%s", a.File, a.Line, a.Message),
			fmt.Sprintf("%s:%09d:%s", b.File, b.Line, b.Message))
	})
}

// A goldenFinding is a line of examples/findings.golden:
//
//	path/relative/to/examples.go:LINE:COL: category: message
type goldenFinding struct {
	finding
	category string
}

// readGolden returns the lines of examples/findings.golden in the
// categories examples/ was written for: what golangci-lint reports with
// exampleConfig.
func readGolden(t *testing.T) []goldenFinding {
	t.Helper()
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading the expected findings: %v", err)
	}
	cats := written(t)
	var gs []goldenFinding
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g, err := parseGolden(line)
		if err != nil {
			t.Fatalf("%s:%d: %v", golden, i+1, err)
		}
		if slices.Contains(cats, g.category) {
			gs = append(gs, g)
		}
	}
	return gs
}

func parseGolden(line string) (goldenFinding, error) {
	parts := strings.SplitN(line, ":", 4) // file, line, column, " category: message"
	if len(parts) != 4 {
		return goldenFinding{}, fmt.Errorf("want FILE:LINE:COL: CATEGORY: MESSAGE, got %q", line)
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil {
		return goldenFinding{}, fmt.Errorf("bad line number in %q", line)
	}
	// golangci-lint prints the category and the message, as the golden
	// file has them.
	text := strings.TrimSpace(parts[3])
	category, _, ok := strings.Cut(text, ": ")
	if !ok || !parstate.IsCategory(category) {
		return goldenFinding{}, fmt.Errorf("want a known category after the column, got %q", line)
	}
	return goldenFinding{finding{parts[0], n, text}, category}, nil
}

// findingsOf returns the findings of the golden lines that keep accepts, or
// of all of them when keep is nil.
func findingsOf(gs []goldenFinding, keep func(goldenFinding) bool) []finding {
	fs := []finding{}
	for _, g := range gs {
		if keep == nil || keep(g) {
			fs = append(fs, g.finding)
		}
	}
	return fs
}

// wantExitCode is golangci-lint's exit code for a run that reports want.
func wantExitCode[T any](want []T) int {
	if len(want) == 0 {
		return 0
	}
	return 1
}

// exitCode returns the exit code that err reports: 0 for nil, -1 when the
// command did not run to an exit.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return exitErr.ExitCode()
	}
	return -1
}

// writeConfig writes a copy of .golangci.example.yml whose parlint settings
// are settings and returns its path.
func writeConfig(t *testing.T, settings string) string {
	t.Helper()
	data, err := os.ReadFile(exampleCfg)
	if err != nil {
		t.Fatal(err)
	}
	const from = "\n          disable: []\n"
	if !bytes.Contains(data, []byte(from)) {
		t.Fatalf("%s has no line %q to replace", exampleCfg, strings.TrimSpace(from))
	}
	data = bytes.Replace(data, []byte(from), []byte("\n          "+settings+"\n"), 1)
	path := filepath.Join(t.TempDir(), ".golangci.yml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// hasLine reports whether a line of s contains every one of subs.
func hasLine(s string, subs ...string) bool {
	for line := range strings.Lines(s) {
		if !slices.ContainsFunc(subs, func(sub string) bool { return !strings.Contains(line, sub) }) {
			return true
		}
	}
	return false
}
