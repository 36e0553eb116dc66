package rawfix_test

import (
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/rawfix"
)

// newPrintln returns an analyzer whose fix replaces fmt.Println with the
// builtin println: it drops a use of fmt, and with it, in testdata, the
// last one.
func newPrintln() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "println",
		Doc:  "println reports calls of fmt.Println",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					sel, ok := n.(*ast.SelectorExpr)
					if ok && sel.Sel.Name == "Println" {
						pass.Report(analysis.Diagnostic{
							Pos: sel.Pos(), End: sel.End(), Category: "fmt-println", Message: "fmt.Println called",
							SuggestedFixes: []analysis.SuggestedFix{{Message: "Use println", TextEdits: []analysis.TextEdit{
								{Pos: sel.Pos(), End: sel.End(), NewText: []byte("println")},
							}}},
						})
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

// A recorder is a testing.TB that keeps the errors Check reports instead of
// failing the test.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func check(t *testing.T, pattern string) []string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := packages.Config{
		Dir: filepath.Join(dir, "src"),
		Env: append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	r := &recorder{TB: t}
	none := func([]rawfix.Finding) map[string]int { return nil }
	rawfix.Check(r, cfg, newPrintln, none, pattern)
	return r.errors
}

// firstWith returns the first of errs that contains each of parts, or "".
func firstWith(errs []string, parts ...string) string {
	for _, e := range errs {
		n := 0
		for _, p := range parts {
			if strings.Contains(e, p) {
				n++
			}
		}
		if n == len(parts) {
			return e
		}
	}
	return ""
}

// TestAloneNamesFixAndFile checks that a fix that breaks its package alone
// is named by category, message and position, with the file it broke.
func TestAloneNamesFixAndFile(t *testing.T) {
	errs := check(t, "single")
	want := []string{`fmt-println fix "Use println" at `, "single.go:7:12", `"fmt" imported and not used`}
	if firstWith(errs, want...) == "" {
		t.Errorf("no error names %q; got:\n%s", want, strings.Join(errs, "\n"))
	}
}

// TestTogetherNamesFixes checks that when fixes break a package only
// together, the failure names the package's error and each fix without
// which it type-checks.
func TestTogetherNamesFixes(t *testing.T) {
	errs := check(t, "pair")
	if e := firstWith(errs, "applied raw, package pair"); e != "" {
		t.Errorf("a fix alone breaks pair: %s", e)
	}
	msg := firstWith(errs, "after every fix, raw, package pair does not type-check", `"fmt" imported and not used`)
	if msg == "" {
		t.Fatalf("no error says that pair does not type-check after every fix; got:\n%s", strings.Join(errs, "\n"))
	}
	_, culprits, ok := strings.Cut(msg, "without any one of these, fewer errors remain:")
	for _, pos := range []string{"pair.go:8:2", "pair.go:9:2"} {
		if !ok || !strings.Contains(culprits, `fmt-println fix "Use println" at `) || !strings.Contains(culprits, pos) {
			t.Errorf("the failure does not blame the fix at %s:\n%s", pos, msg)
		}
	}
}
