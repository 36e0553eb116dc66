// Package cli tests the parlint command end to end on the examples/ module,
// which is built on the real packer-plugin-sdk: standalone, under go vet
// -vettool, and with -disable.
package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/parlint/parlint/internal/examples"
	"github.com/parlint/parlint/passes/parstate"
)

var update = flag.Bool("update", false, "rewrite examples/findings.golden from the standalone -json run")

// examplesDir is the examples module, relative to this package.
const examplesDir = "../../../examples"

var parlint string // the built command

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("internal/e2e/cli: skipped with -short: builds parlint and runs it, go vet and go build on examples/")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "parlint-e2e-cli")
	if err != nil {
		panic(err)
	}
	parlint = filepath.Join(dir, "parlint")
	build := exec.Command("go", "build", "-o", parlint, "github.com/parlint/parlint/cmd/parlint")
	build.Stderr = os.Stderr
	// The modules examples/ needs are downloaded up front, so that no
	// test's output depends on being the first to need them: the go
	// command prints "go: downloading ..." on stderr as it fetches.
	download := exec.Command("go", "list", "-deps", "-test", "./...")
	download.Dir = examplesDir
	download.Stderr = os.Stderr
	code := 1
	if build.Run() == nil && download.Run() == nil {
		code = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// A finding is one diagnostic, with its file relative to examples/.
type finding struct {
	File     string
	Line     string
	Col      string
	Category string
	Message  string
}

func (f finding) String() string {
	return f.File + ":" + f.Line + ":" + f.Col + ": " + f.Category + ": " + f.Message
}

// golden reads examples/findings.golden.
func golden(t *testing.T) []finding {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examplesDir, "findings.golden"))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^([^:]+):(\d+):(\d+): ([a-z-]+): (.*)$`)
	var out []finding
	for line := range strings.Lines(string(data)) {
		m := re.FindStringSubmatch(strings.TrimSuffix(line, "\n"))
		if m == nil {
			t.Fatalf("findings.golden: malformed line %q", line)
		}
		out = append(out, finding{m[1], m[2], m[3], m[4], m[5]})
	}
	return out
}

// onExamples returns args with their -disable extended by every category
// examples/ was not written for (its "parlint reports:" comments name those
// it was), so that a category added later changes nothing in the tests of
// the ways to run parlint (text, go vet, SARIF, -fix, the tools module);
// they compare with shown. TestStandaloneJSON alone runs every category and
// holds examples/findings.golden to what parlint prints.
func onExamples(t *testing.T, args ...string) []string {
	t.Helper()
	var disable, rest []string
	for _, a := range args {
		if v, ok := strings.CutPrefix(a, "-disable="); ok {
			disable = append(disable, v)
		} else {
			rest = append(rest, a)
		}
	}
	disable = append(disable, examples.Others(parstate.Categories(), written(t))...)
	if len(disable) == 0 {
		return args
	}
	return append([]string{"-disable=" + strings.Join(disable, ",")}, rest...)
}

// written returns the categories examples/ was written for.
func written(t *testing.T) []string {
	t.Helper()
	return examples.Categories(marks(t))
}

// exampleMarks reads examples/ once for the tests that ask for its marks.
var exampleMarks = sync.OnceValues(func() ([]examples.Mark, error) { return examples.Marks(examplesDir) })

// marks returns the "parlint reports:" comments of examples/.
func marks(t *testing.T) []examples.Mark {
	t.Helper()
	marks, err := exampleMarks()
	if err != nil {
		t.Fatal(err)
	}
	return marks
}

// shown returns the golden findings in the categories examples/ was written
// for: what a run with onExamples prints.
func shown(t *testing.T) []finding {
	t.Helper()
	cats := written(t)
	return slices.DeleteFunc(golden(t), func(f finding) bool { return !slices.Contains(cats, f.Category) })
}

// run runs name with args in examples/ and returns its stdout and exit code.
func run(t *testing.T, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = examplesDir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stdout.String(), stderr.String(), 0
	case errors.As(err, &exit):
		return stdout.String(), stderr.String(), exit.ExitCode()
	}
	t.Fatalf("%s %v: %v", name, args, err)
	return "", "", 0
}

// parseJSON returns the findings of a -json run, sorted. A finding listed
// twice (once more for a package's test variant) fails the test.
func parseJSON(t *testing.T, out string) []finding {
	t.Helper()
	return parseJSONIn(t, examplesDir, out)
}

// parseJSONIn is parseJSON for a run in dir.
func parseJSONIn(t *testing.T, dir, out string) []finding {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	seen := map[finding]bool{}
	var found []finding
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("decoding -json output: %v\n%s", err, out)
		}
		for _, byAnalyzer := range tree {
			var diags []struct {
				Category string `json:"category"`
				Posn     string `json:"posn"`
				Message  string `json:"message"`
			}
			if err := json.Unmarshal(byAnalyzer["parstate"], &diags); err != nil {
				continue // an error entry, not diagnostics
			}
			for _, d := range diags {
				parts := strings.Split(d.Posn, ":")
				rel, err := filepath.Rel(abs, parts[0])
				if err != nil {
					rel = parts[0]
				}
				f := finding{filepath.ToSlash(rel), parts[1], parts[2], d.Category, d.Message}
				if seen[f] {
					t.Errorf("-json lists %s twice", f)
				}
				seen[f] = true
				found = append(found, f)
			}
		}
	}
	slices.SortFunc(found, func(a, b finding) int { return strings.Compare(a.String(), b.String()) })
	return found
}

// TestStandaloneJSON holds examples/findings.golden to what parlint prints
// on examples/ with every category enabled, as the README's first command
// runs it; the other tests here run the categories the golden shows.
func TestStandaloneJSON(t *testing.T) {
	out, stderr, code := run(t, parlint, "-json", "./...")
	if code != 0 {
		t.Fatalf("parlint -json exit %d, want 0 (findings are data in -json mode)\n%s", code, stderr)
	}
	got := parseJSON(t, out)
	if *update {
		var b strings.Builder
		for _, f := range got {
			b.WriteString(f.String() + "\n")
		}
		if err := os.WriteFile(filepath.Join(examplesDir, "findings.golden"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := golden(t)
	if !slices.Equal(got, want) {
		t.Errorf("parlint -json ./... in examples/, every category enabled:\ngot\n%s\nwant (examples/findings.golden)\n%s"+
			"if parlint is right, rewrite the golden with go test -timeout 15m ./internal/e2e/cli -run TestStandaloneJSON -update", join(got), join(want))
	}
	// Each "parlint reports:" comment is above a finding of its category,
	// and every finding of those categories has its comment.
	var found []examples.Mark
	cats := written(t)
	for _, f := range got {
		if line, err := strconv.Atoi(f.Line); err == nil && slices.Contains(cats, f.Category) {
			found = append(found, examples.Mark{File: f.File, Line: line, Category: f.Category})
		}
	}
	slices.SortFunc(found, examples.Mark.Compare)
	if m := marks(t); !slices.Equal(found, m) {
		t.Errorf("findings of examples/ in the categories it was written for:\n%v\nwant one at each \"parlint reports:\" comment:\n%v", found, m)
	}
}

// textFindings parses file:line:col: message lines, relative to examples/.
func textFindings(t *testing.T, out string) []string {
	t.Helper()
	return textFindingsIn(t, examplesDir, out)
}

// textFindingsIn is textFindings for a run in dir.
func textFindingsIn(t *testing.T, dir, out string) []string {
	t.Helper()
	abs, _ := filepath.Abs(dir)
	var lines []string
	for line := range strings.Lines(out) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "go: downloading ") {
			continue
		}
		line = strings.TrimPrefix(line, abs+string(filepath.Separator))
		line = strings.TrimPrefix(line, "./")
		if !slices.Contains(lines, line) {
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	return lines
}

func goldenText(t *testing.T, skip string) []string {
	var lines []string
	for _, f := range shown(t) {
		if f.Category != skip {
			lines = append(lines, f.String())
		}
	}
	slices.Sort(lines)
	return lines
}

func TestStandaloneText(t *testing.T) {
	stdout, stderr, code := run(t, parlint, onExamples(t, "./...")...)
	if code != 3 || stderr != "" {
		t.Fatalf("parlint ./... exit %d, want 3 (findings), and nothing on stderr\n%s", code, stderr)
	}
	if got, want := textFindings(t, stdout), goldenText(t, ""); !slices.Equal(got, want) {
		t.Errorf("parlint ./...:\ngot\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGoVet(t *testing.T) {
	_, stderr, code := run(t, "go", append([]string{"vet", "-vettool=" + parlint}, onExamples(t, "./...")...)...)
	if code != 1 {
		t.Fatalf("go vet -vettool exit %d, want 1\n%s", code, stderr)
	}
	if got, want := textFindings(t, stderr), goldenText(t, ""); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool=parlint ./...:\ngot\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGoVetDisable(t *testing.T) {
	_, stderr, _ := run(t, "go", append([]string{"vet", "-vettool=" + parlint}, onExamples(t, "-disable=sourceid-missing", "./...")...)...)
	if got, want := textFindings(t, stderr), goldenText(t, "sourceid-missing"); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool=parlint -disable=sourceid-missing ./...:\ngot\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGoVetClean(t *testing.T) {
	// Packages whose artifacts are all correct pass go vet. (They import no
	// package with findings: go 1.26 replays a package's cached vet output
	// when it is vetted again only as a dependency.)
	_, stderr, code := run(t, "go", "vet", "-vettool="+parlint, "./post-processor/happytag/...", "./post-processor/happycompress/...")
	if code != 0 {
		t.Fatalf("go vet on correct packages: exit %d, want 0\n%s", code, stderr)
	}
}

func join(fs []finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String() + "\n")
	}
	return b.String()
}
