//go:build e2e

package gopls

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/parlint/parlint/internal/examples"
)

var update = flag.Bool("update", false, "rewrite the golden diff in testdata")

// exampleFile is the file of examples/ whose findings the test checks and
// whose first quick fix it applies. Its "parlint reports: CATEGORY" comments
// name the findings it must have.
const exampleFile = "builder/happyfile/artifact.go"

const source = "parstate" // the analyzer's name, gopls's source of its diagnostics

// TestCheck checks that parlint's findings reach the editor: that in every
// file of examples/ that says "parlint reports: CATEGORY", gopls publishes
// diagnostics with exactly those categories as their codes, and that
// `gopls check` prints them.
func TestCheck(t *testing.T) {
	gopls, dir := setup(t)
	marked := markedFiles(t, dir)
	files := slices.Sorted(maps.Keys(marked))
	shown := exampleCategories(marked)

	published := startLSP(t, gopls, dir).diagnose(files...)
	for _, file := range files {
		rel, _ := filepath.Rel(dir, file)
		diags := parstateDiagnostics(published[file], shown)
		published[file] = diags
		var got []string
		for _, d := range diags {
			t.Logf("%s:%v", rel, d)
			got = append(got, d.Code)
			if d.CodeDescription == nil || !strings.Contains(d.CodeDescription.Href, d.Code) {
				t.Errorf("%s:%v: documentation link %+v does not name its category", rel, d, d.CodeDescription)
			}
		}
		slices.Sort(got)
		if want := marked[file]; !slices.Equal(slices.Compact(got), want) {
			t.Errorf("%s: categories of parstate diagnostics: got %q, want %q (from the file's comments)", rel, got, want)
		}
	}

	out := runGopls(t, gopls, dir, append([]string{"check"}, files...)...)
	t.Logf("gopls check:\n%s", strings.ReplaceAll(out, dir+string(filepath.Separator), ""))
	for _, file := range files {
		for _, d := range published[file] {
			if !checkPrinted(out, file, d) {
				t.Errorf("gopls check did not print %s:%v", file, d)
			}
		}
	}
}

// TestQuickFix applies the first quick fix that parlint offers in the example
// with `gopls codeaction -exec`, compares its diff with the golden one, and
// checks that the fixed file is gofmt-clean, builds, and no longer has the
// finding.
func TestQuickFix(t *testing.T) {
	gopls, dir := setup(t)
	file := filepath.Join(dir, exampleFile)

	lsp := startLSP(t, gopls, dir)
	diags := parstateDiagnostics(lsp.diagnose(file)[file], exampleCategories(markedFiles(t, dir)))
	d, title := firstQuickFix(t, lsp, file, diags)
	t.Logf("applying %q to %v", title, d)

	// gopls codeaction wants the exact start of the diagnostic; columns on
	// the command line are in bytes, in LSP in UTF-16 (the same in ASCII).
	at := fmt.Sprintf("%s:%d:%d", file, d.Range.Start.Line+1, d.Range.Start.Character+1)
	args := []string{"codeaction", "-kind=quickfix", "-title=^" + regexp.QuoteMeta(title) + "$", "-exec"}
	diff := runGopls(t, gopls, dir, append(args, "-diff", at)...)
	diff = strings.ReplaceAll(diff, dir+string(filepath.Separator), "")
	compareGolden(t, filepath.Join("testdata", "quickfix.diff"), diff)

	before := len(slices.DeleteFunc(diags, func(o diagnostic) bool { return o.Message != d.Message }))
	runGopls(t, gopls, dir, append(args, "-write", at)...)
	if fixed, err := os.ReadFile(file); err != nil {
		t.Fatal(err)
	} else if formatted, err := format.Source(fixed); err != nil || !bytes.Equal(formatted, fixed) {
		t.Errorf("fixed file is not gofmt-clean (%v)", err)
	}
	runCommand(t, dir, "go", "build", "./"+filepath.Dir(exampleFile))
	if after := countPrinted(runGopls(t, gopls, dir, "check", file), d.Message); after != before-1 {
		t.Errorf("after the fix, gopls check prints %q %d times, want %d", d.Message, after, before-1)
	}
}

// setup returns the gopls to test and a copy of examples/ to run it in.
func setup(t *testing.T) (gopls, dir string) {
	gopls, err := goplsBinary()
	if err != nil {
		t.Fatal(err)
	}
	return gopls, copyExamples(t)
}

// copyExamples copies examples/ to a temporary directory, points its
// requirements of parlint and registrytest at this checkout, and downloads
// what it needs, so that gopls finds every package without the network and
// the test never edits the checkout.
func copyExamples(t *testing.T) string {
	t.Helper()
	checkout, err := root()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := filepath.Join(checkout, "examples")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	runCommand(t, dir, "go", "mod", "edit", "-replace=github.com/parlint/parlint="+checkout,
		"-replace=github.com/parlint/parlint/registrytest="+filepath.Join(checkout, "registrytest"))
	runCommand(t, dir, "go", "list", "-deps", "-test", "./...")
	return dir
}

// parstateDiagnostics returns the diagnostics of parlint's analyzer in the
// categories examples/ was written for (those its comments name), so that a
// category added later changes nothing here: gopls runs every category, and
// the command's TestStandaloneJSON holds examples/findings.golden to what
// they all report.
func parstateDiagnostics(diags []diagnostic, categories []string) []diagnostic {
	return slices.DeleteFunc(slices.Clone(diags), func(d diagnostic) bool {
		return d.Source != source || !slices.Contains(categories, d.Code)
	})
}

// markedFiles returns the Go files under dir that say what parlint reports in
// them, with the sorted categories they name, and fails the test unless exampleFile
// is one of them.
func markedFiles(t *testing.T, dir string) map[string][]string {
	t.Helper()
	marks, err := examples.Marks(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]string{}
	for _, m := range marks {
		file := filepath.Join(dir, filepath.FromSlash(m.File))
		if !slices.Contains(files[file], m.Category) {
			files[file] = append(files[file], m.Category)
		}
	}
	for _, cats := range files {
		slices.Sort(cats)
	}
	if files[filepath.Join(dir, exampleFile)] == nil {
		t.Fatalf("%s does not say what parlint reports in it", exampleFile)
	}
	return files
}

// exampleCategories returns the sorted categories that the files name.
func exampleCategories(files map[string][]string) []string {
	var cats []string
	for _, c := range files {
		cats = append(cats, c...)
	}
	slices.Sort(cats)
	return slices.Compact(cats)
}

// firstQuickFix returns the first of diags for which gopls offers a quick fix
// of parlint's, and the fix's title.
func firstQuickFix(t *testing.T, lsp *lspClient, file string, diags []diagnostic) (diagnostic, string) {
	t.Helper()
	for _, d := range diags {
		for _, a := range lsp.quickFixes(file, d) {
			if slices.ContainsFunc(a.Diagnostics, func(ad diagnostic) bool { return ad.Source == source }) {
				return d, a.Title
			}
		}
	}
	t.Fatalf("gopls offers no quick fix for any of parstate's diagnostics in %s: %v", exampleFile, diags)
	panic("unreachable")
}

// checkPrinted reports whether the output of gopls check has a line for d:
// "file:line:col[-...]: message".
func checkPrinted(out, file string, d diagnostic) bool {
	prefix := fmt.Sprintf("%s:%d:%d", file, d.Range.Start.Line+1, d.Range.Start.Character+1)
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, prefix) && strings.HasSuffix(line, ": "+d.Message) {
			return true
		}
	}
	return false
}

// countPrinted returns how many lines of gopls check's output report message.
func countPrinted(out, message string) int {
	n := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, ": "+message) {
			n++
		}
	}
	return n
}

// compareGolden compares got with the golden file, or rewrites it with -update.
func compareGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it); the diff is:\n%s", err, got)
	}
	if got != string(want) {
		t.Errorf("quick fix diff differs from %s (run with -update if the change is intended):\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}

// runGopls runs gopls in dir and returns its standard output.
func runGopls(t *testing.T, gopls, dir string, args ...string) string {
	t.Helper()
	return runCommand(t, dir, gopls, args...)
}

// runCommand runs a command in dir and returns its standard output; it fails
// the test when the command fails.
func runCommand(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", filepath.Base(name), strings.Join(args, " "), err, stdout.Bytes(), stderr.Bytes())
	}
	return stdout.String()
}
