package parstate_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/parlint/parlint/internal/catalog"
	"github.com/parlint/parlint/internal/examples"
	"github.com/parlint/parlint/passes/parstate"
)

// scenarios are the shared machinery's testdata packages: which types are
// artifacts, how State dispatches on the key, how the SDK is imported, what
// the control-flow graph and the value flow decide, fixes that touch several
// categories. Each is a directory of testdata/src named for the shape it
// holds; "dir/..." also loads helper packages. They run with
// scenarioCategories; each category's own scenarios are TestCategories'.
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
	// Fixes of several categories in one file or package.
	{"fixes", []string{"fixcombined", "fixotherfile", "fixsamefile", "linedirective"}},
	// What //parlint:ignore silences, and that a malformed one silences
	// nothing.
	{"suppression", []string{"suppression/..."}},
	// A verdict that is a judgment call; the package's doc says which.
	{"judgment", []string{"statedatastored"}},
	// Does not type-check: the analyzer must not panic.
	{"notypecheck", []string{"notypecheck"}},
	// Regression scenarios that pin the verdicts of the registry path's
	// semantics: what a chain of predicates, a helper shared by two
	// artifacts, a constant argument, a deferred closure, a function value,
	// an interface call or a generic helper mean for the key and the error.
	{"semantics", []string{"semantics/..."}},
}

// scenarioCategories are the categories the shared scenarios were written
// for, and run with. A category added later is not reported there, so that
// adding one changes no scenario of the others; its own scenarios show what
// it reports, and TestFixesRaw runs every category on every scenario.
var scenarioCategories = []string{
	parstate.CategoryURIMissing, parstate.CategoryURILiteral, parstate.CategoryFromArtifactMissing,
	parstate.CategoryErrorIgnored, parstate.CategoryErrorReturn, parstate.CategorySourceIDMissing,
	parstate.CategoryUncheckedAssert, parstate.CategoryIgnoreDirective,
}

// scenarioAnalyzer returns an analyzer of cfg for the shared scenarios: it
// reports scenarioCategories but those cfg disables.
func scenarioAnalyzer(cfg parstate.Config) *analysis.Analyzer {
	cfg.Disable = append(slices.Clone(cfg.Disable), others(scenarioCategories...)...)
	return analyzerOf(cfg)
}

// analyzerOf returns the analyzer of a Config the tests know to be valid.
func analyzerOf(cfg parstate.Config) *analysis.Analyzer {
	a, err := parstate.NewAnalyzer(cfg)
	if err != nil {
		panic(err)
	}
	return a
}

// others returns the categories but those named.
func others(names ...string) []string { return examples.Others(parstate.Categories(), names) }

// layoutName is the name of a category's file and testdata directory: the
// category without its dashes.
func layoutName(category string) string { return strings.ReplaceAll(category, "-", "") }

// TestCategories checks each category's scenarios, testdata/src/<its layout
// name>/..., analyzed with only that category enabled (see routes), and
// that each reports its category somewhere.
func TestCategories(t *testing.T) {
	run := runScenarios()
	for _, c := range parstate.Categories() {
		t.Run(c, func(t *testing.T) {
			n := 0
			for _, r := range run.check(t, "TestCategories/"+c) {
				n += len(r.Diagnostics)
			}
			if n == 0 {
				t.Errorf("no scenario of testdata/src/%s reports %s", layoutName(c), c)
			}
		})
	}
}

// disabled are the categories TestDisable turns off for the disable package.
var disabled = []string{parstate.CategorySourceIDMissing, parstate.CategoryUncheckedAssert}

// TestAnalyzer checks the shared scenarios, every fix against its golden
// but notypecheck's, and that every diagnostic has a known category.
func TestAnalyzer(t *testing.T) {
	run := runScenarios()
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			for _, r := range run.check(t, "TestAnalyzer/"+s.name) {
				for _, d := range r.Diagnostics {
					if !parstate.IsCategory(d.Category) {
						t.Errorf("diagnostic %q has category %q, not one of %v", d.Message, d.Category, parstate.Categories())
					}
				}
			}
		})
	}
}

// TestDisable checks the disable package with disabled turned off.
func TestDisable(t *testing.T) { runScenarios().check(t, "TestDisable") }

// TestCategoryInMessage checks that an analyzer configured for text outputs
// starts each message with its category, and that fixes are unchanged.
func TestCategoryInMessage(t *testing.T) {
	for _, r := range runScenarios().check(t, "TestCategoryInMessage") {
		for _, d := range r.Diagnostics {
			if !strings.HasPrefix(d.Message, d.Category+": ") {
				t.Errorf("message %q does not start with its category %s", d.Message, d.Category)
			}
		}
	}
}

// TestDisableFlag checks that -disable does what Config.Disable does: on
// the disable package, the analyzer configured by the flag reports what
// TestDisable's reports, which that test holds to the package's wants.
func TestDisableFlag(t *testing.T) {
	a := parstate.New()
	if err := a.Flags.Set("disable", strings.Join(append(others(scenarioCategories...), disabled...), ",")); err != nil {
		t.Fatal(err)
	}
	got := diagnostics(t, a, "disable")
	want := diagnostics(t, scenarioAnalyzer(parstate.Config{Disable: disabled}), "disable")
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("-disable reports\n\t%s\nConfig.Disable reports\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestAnalyzersIndependent checks that analyzers share no configuration:
// disabling everything on one leaves a second one reporting, on
// aliasimport, what a fresh one reports there.
func TestAnalyzersIndependent(t *testing.T) {
	want := diagnostics(t, scenarioAnalyzer(parstate.Config{}), "aliasimport")
	quiet := parstate.New()
	if err := quiet.Flags.Set("disable", strings.Join(parstate.Categories(), ",")); err != nil {
		t.Fatal(err)
	}
	if got := diagnostics(t, quiet, "aliasimport"); len(got) > 0 {
		t.Errorf("every category disabled, the analyzer reports\n\t%s", strings.Join(got, "\n\t"))
	}
	if got := diagnostics(t, scenarioAnalyzer(parstate.Config{}), "aliasimport"); len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("after another analyzer disabled every category, a new one reports\n\t%s\nnot\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
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
	for _, c := range parstate.Categories() {
		listed[layoutName(c)] = true
	}
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

// TestSDKBuild checks that no fix imports packer/registry/image into a
// module whose build cannot provide it, or may not, and that the message
// says why. workspace is built in a workspace (go.work) that replaces the
// SDK by an old one, while its go.mod requires v0.6.10: the answer must
// follow the build the pass describes, not a go.mod read on the side.
// vendored vendors the SDK without the image package, as go mod vendor does
// when no package imports it.
func TestSDKBuild(t *testing.T) {
	// Each module says how it builds (a vendor directory, a go.work): the
	// caller's GOFLAGS, such as the -mod=mod of the scaffold test's copy,
	// must not say otherwise.
	t.Setenv("GOFLAGS", "")
	for _, mod := range []string{"legacy", "oldsdk", "workspace", "vendored"} {
		t.Run(mod, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata", "sdkbuild", mod))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range analysistest.Run(t, dir, scenarioAnalyzer(parstate.Config{}), "./builder") {
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
	analysistest.Run(t, dir, scenarioAnalyzer(parstate.Config{}), "./builder")
}

// TestGenerated checks that what derives from the categories is up to
// date: the list of checks, and the README's table of checks and sections,
// written from doc.go. go generate ./passes/parstate rewrites them.
func TestGenerated(t *testing.T) {
	cats, err := catalog.Read(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := catalog.Checks(cats)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(catalog.ChecksFile); err != nil || string(got) != string(want) {
		t.Errorf("%s is not what go generate writes (err %v): run go generate ./passes/parstate", catalog.ChecksFile, err)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if generated, err := catalog.README(string(readme), cats); err != nil || generated != string(readme) {
		t.Errorf("README.md's table of checks and sections are not doc.go's (err %v): run go generate ./passes/parstate", err)
	}
}

// TestCategoryConstants checks that Categories lists every Category
// constant of the package, and nothing else: the constants are the list.
func TestCategoryConstants(t *testing.T) {
	consts, err := catalog.Constants(".")
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(slices.Values(parstate.Categories())); !slices.Equal(consts, got) {
		t.Errorf("Category constants %v, Categories() %v", consts, got)
	}
}
