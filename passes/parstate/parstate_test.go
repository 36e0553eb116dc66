package parstate_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/parlint/parlint/passes/parstate"
)

// scenarios are the testdata packages run with the default analyzer. The
// shared machinery's scenarios (which types are artifacts, how State
// dispatches on the key, how the SDK is imported, fixes that touch several
// categories) are directories of testdata/src named for the shape they hold;
// each category's own are under testdata/src/<category file name>, with its
// fixes under fix/. "dir/..." also loads helper packages.
var scenarios = []struct {
	name     string
	patterns []string
}{
	{"artifacts", []string{
		"valuereceiver", "generics", "promoted/...", "anyresult",
		"notartifact", "testfiles", "sharedtype/...", "indirectimport/...", "stdlibonly",
		// The SDK module's own packages: its mock artifact and RPC proxy.
		"github.com/hashicorp/packer-plugin-sdk/packer", "github.com/hashicorp/packer-plugin-sdk/packer/rpc",
	}},
	{"key", []string{
		"ifinline", "reversedoperands", "switchcase", "earlyreturn", "andcondition",
		"localconst/...", "statedatafirst", "helpermethod", "transitivehelper", "duplicatebranch", "keyshapes",
	}},
	{"imports", []string{
		"aliasimport", "plainimport", "dotimport", "vendored", "lookalike", "lookalikemixed", "crosspackage/...",
	}},
	{"construction", []string{"frommappeddata"}},
	// What the control-flow graph and the value flow decide.
	{"flow", []string{"flow/..."}},
	{"fixes", []string{"fixcombined", "fixotherfile", "fixsamefile", "linedirective"}},
	{"state-uri-missing", []string{"stateurimissing/..."}},
	{"state-uri-literal", []string{"stateuriliteral/..."}},
	{"fromartifact-missing", []string{"fromartifactmissing/..."}},
	{"error-ignored", []string{"errorignored/..."}},
	{"error-return", []string{"errorreturn/..."}},
	{"sourceid-missing", []string{"sourceidmissing/..."}},
	{"unchecked-assert", []string{"uncheckedassert/..."}},
	{"ignore-directive", []string{"ignoredirective/..."}},
	// A verdict that is a judgment call; the package's doc says which.
	{"judgment", []string{"statedatastored"}},
	// Does not type-check: the analyzer must not panic.
	{"notypecheck", []string{"notypecheck"}},
}

// disabled are the categories TestDisable turns off for the disable package.
var disabled = []string{parstate.CategorySourceIDMissing, parstate.CategoryUncheckedAssert}

func TestAnalyzer(t *testing.T) {
	var (
		mu    sync.Mutex
		ran   int
		diags []analysis.Diagnostic
	)
	t.Run("scenarios", func(t *testing.T) {
		for _, s := range scenarios {
			t.Run(s.name, func(t *testing.T) {
				t.Parallel()
				run := analysistest.RunWithSuggestedFixes // every fix has a .golden file
				if s.name == "notypecheck" {
					run = analysistest.Run
				}
				results := run(t, analysistest.TestData(), parstate.New(), s.patterns...)
				mu.Lock()
				defer mu.Unlock()
				ran++
				for _, r := range results {
					diags = append(diags, r.Diagnostics...)
				}
			})
		}
	})
	if t.Failed() || ran < len(scenarios) { // failed, or narrowed by -run
		return
	}

	// Every diagnostic carries one of the documented categories, and the
	// scenarios exercise each of them.
	seen := map[string]bool{}
	for _, d := range diags {
		if !parstate.IsCategory(d.Category) {
			t.Errorf("diagnostic %q has category %q, not one of %v", d.Message, d.Category, parstate.Categories())
		}
		seen[d.Category] = true
	}
	for _, c := range parstate.Categories() {
		if !seen[c] {
			t.Errorf("no scenario reports category %s", c)
		}
	}
}

func TestDisable(t *testing.T) {
	a, err := parstate.NewAnalyzer(parstate.Config{Disable: disabled})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "disable")
}

// TestCategoryInMessage checks that an analyzer configured for text outputs
// starts each message with its category, and that fixes are unchanged.
func TestCategoryInMessage(t *testing.T) {
	a, err := parstate.NewAnalyzer(parstate.Config{CategoryInMessage: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "categoryprefix") {
		for _, d := range r.Diagnostics {
			if !strings.HasPrefix(d.Message, d.Category+": ") {
				t.Errorf("message %q does not start with its category %s", d.Message, d.Category)
			}
		}
	}
}

func TestDisableFlag(t *testing.T) {
	a := parstate.New()
	if err := a.Flags.Set("disable", strings.Join(disabled, ",")); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "disable")
}

// TestAnalyzersIndependent checks that analyzers share no configuration:
// disabling everything on one leaves a second one reporting.
func TestAnalyzersIndependent(t *testing.T) {
	quiet := parstate.New()
	if err := quiet.Flags.Set("disable", strings.Join(parstate.Categories(), ",")); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), parstate.New(), "aliasimport")
}

func TestUnknownCategory(t *testing.T) {
	if err := (parstate.Config{}).Validate(); err != nil {
		t.Errorf("zero Config: Validate() = %v", err)
	}
	if err := (parstate.Config{Disable: parstate.Categories()}).Validate(); err != nil {
		t.Errorf("every category disabled: Validate() = %v", err)
	}
	for _, bad := range []string{"sourceid", "fromartifact", "all", "state-uri"} {
		cfg := parstate.Config{Disable: []string{parstate.CategoryErrorIgnored, bad}}
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("Config{Disable: %q}.Validate() = %v, want an error naming %q", cfg.Disable, err, bad)
		}
		if a, err := parstate.NewAnalyzer(cfg); err == nil || a != nil {
			t.Errorf("NewAnalyzer(Config{Disable: %q}) = %v, %v; want nil and an error", cfg.Disable, a, err)
		}
		list := parstate.CategoryErrorReturn + "," + bad
		if names, err := parstate.ParseCategoryList(list); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("ParseCategoryList(%q) = %q, %v; want an error naming %q", list, names, err, bad)
		}
		if err := parstate.New().Flags.Set("disable", list); err == nil {
			t.Errorf("-disable=%s: no error", list)
		}
	}
}

func TestParseCategoryList(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{",", nil},
		{"sourceid-missing", []string{"sourceid-missing"}},
		{"sourceid-missing, error-ignored,", []string{"sourceid-missing", "error-ignored"}},
	} {
		got, err := parstate.ParseCategoryList(tc.in)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("ParseCategoryList(%q) = %q, %v; want %q, nil", tc.in, got, err, tc.want)
		}
	}
}

// TestScenariosListed checks that every scenario directory is run by a test,
// so that a new one cannot be forgotten.
func TestScenariosListed(t *testing.T) {
	listed := map[string]bool{"disable": true, "categoryprefix": true, "strict": true}
	for _, s := range scenarios {
		for _, p := range s.patterns {
			dir, _, _ := strings.Cut(p, "/")
			listed[dir] = true
		}
	}
	entries, err := os.ReadDir("testdata/src")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch name := e.Name(); {
		case !e.IsDir(), strings.Contains(name, "."): // SDK stubs and look-alikes: github.com, example.com
		case !listed[name]:
			t.Errorf("testdata/src/%s is not run by any test", name)
		}
	}
}

// TestDescribe checks that doc.go documents every category in a paragraph of
// its own, which SARIF's rule descriptions are taken from.
func TestDescribe(t *testing.T) {
	for _, c := range parstate.Categories() {
		short, full := parstate.Describe(c)
		if short == "" || full == "" || !strings.HasPrefix(full, short) || !strings.HasSuffix(short, ".") {
			t.Errorf("Describe(%q) = %q, %q; want a first sentence and the paragraph it starts", c, short, full)
		}
		if strings.Contains(full, "\n") {
			t.Errorf("Describe(%q): full description has a newline", c)
		}
	}
	if short, full := parstate.Describe("nope"); short != "" || full != "" {
		t.Errorf("Describe(nope) = %q, %q; want empty", short, full)
	}
}

// TestLayout checks that each category's code and testdata are found from
// its name: the file named after it without dashes (stateurimissing.go)
// holds its check, message and fix, and testdata/src/<that name> its
// scenarios.
func TestLayout(t *testing.T) {
	for _, c := range parstate.Categories() {
		name := strings.ReplaceAll(c, "-", "")
		src, err := os.ReadFile(name + ".go")
		if err != nil {
			t.Errorf("category %s: %v", c, err)
			continue
		}
		if !strings.Contains(string(src), "// Category "+c+":") {
			t.Errorf("%s.go does not open with the comment // Category %s: ...", name, c)
		}
		if fi, err := os.Stat(filepath.Join("testdata", "src", name)); err != nil || !fi.IsDir() {
			t.Errorf("category %s has no testdata/src/%s", c, name)
		}
	}
}

// TestStrict checks that strict mode reports the artifacts whose Id is a
// constant and whose State never answers the URI, and respects an explicit
// nil for the URI.
func TestStrict(t *testing.T) {
	a, err := parstate.NewAnalyzer(parstate.Config{Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "strict")
	// The default leaves the same package alone.
	for _, r := range analysistest.Run(&quiet{T: t}, analysistest.TestData(), parstate.New(), "strict") {
		for _, d := range r.Diagnostics {
			t.Errorf("default mode reported %s: %s", d.Category, d.Message)
		}
	}
}

// quiet is a testing.T whose errors (the strict package's unmet wants) are
// dropped: TestStrict checks the default's diagnostics itself.
type quiet struct{ *testing.T }

func (q *quiet) Errorf(string, ...any) {}

// TestSDKBuild checks that no fix imports packer/registry/image into a
// module whose build cannot provide it, and that the message says why.
func TestSDKBuild(t *testing.T) {
	for _, mod := range []string{"legacy", "oldsdk"} {
		t.Run(mod, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata", "sdkbuild", mod))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range analysistest.Run(t, dir, parstate.New(), "./builder") {
				for _, d := range r.Diagnostics {
					if len(d.SuggestedFixes) > 0 {
						t.Errorf("%s: a fix is offered: %s", mod, d.SuggestedFixes[0].Message)
					}
				}
			}
		})
	}
}

// TestModuleWithoutDot checks that in a module whose path has no dot
// (module plug), another package of the plugin is not taken for the
// standard library: State forwards the key to it, and nothing is reported.
func TestModuleWithoutDot(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "nodot"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, parstate.New(), "./builder")
}

// TestREADMECategories checks the README against the one list of
// categories: its table of checks has a row for each, in order, linking to a
// section of its own.
func TestREADMECategories(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	var rows []string
	for line := range strings.SplitSeq(readme, "\n") {
		if name, ok := strings.CutPrefix(line, "| [`"); ok {
			name, _, _ = strings.Cut(name, "`")
			rows = append(rows, name)
		}
	}
	if !slices.Equal(rows, parstate.Categories()) {
		t.Errorf("README's table of checks lists %v, want %v", rows, parstate.Categories())
	}
	for _, c := range parstate.Categories() {
		if !strings.Contains(readme, "\n### "+c+"\n") {
			t.Errorf("README has no section ### %s", c)
		}
	}
}

// TestCategoryConstants checks that Categories lists every Category
// constant of the package, and nothing else: the constants are the list.
func TestCategoryConstants(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var consts []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if strings.HasPrefix(name.Name, "Category") && i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok {
							v, _ := strconv.Unquote(lit.Value)
							consts = append(consts, v)
						}
					}
				}
			}
		}
	}
	slices.Sort(consts)
	got := slices.Sorted(slices.Values(parstate.Categories()))
	if !slices.Equal(consts, got) {
		t.Errorf("Category constants %v, Categories() %v", consts, got)
	}
}
