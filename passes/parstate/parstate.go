package parstate

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:generate go run ../../internal/cmd/newcheck -generate

//go:embed doc.go
var docFile string

// doc returns the analyzer's documentation: the package documentation of
// doc.go from its "# Analyzer parstate" heading on, without the "parstate:"
// before the summary, as Analyzer.Doc expects.
var doc = sync.OnceValue(func() string {
	_, section, ok := strings.Cut(packageDoc(), "# Analyzer "+Name+"\n")
	if !ok {
		panic("parstate: doc.go has no section # Analyzer " + Name)
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(section), Name+":"))
})

// Describe returns the documentation of category from doc.go: its first
// sentence and its whole paragraph, on one line each, without the category
// name. Both are "" for an unknown category.
func Describe(category string) (short, full string) {
	if !IsCategory(category) {
		return "", ""
	}
	for para := range strings.SplitSeq(packageDoc(), "\n\n") {
		text, ok := strings.CutPrefix(para, category+": ")
		if !ok {
			continue
		}
		full = strings.Join(strings.Fields(text), " ")
		short = full
		if i := strings.Index(full, ". "); i >= 0 {
			short = full[:i+1]
		}
		return short, full
	}
	return "", ""
}

// packageDoc returns the text of doc.go's package documentation.
var packageDoc = sync.OnceValue(func() string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", docFile, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil || f.Doc == nil {
		panic("parstate: doc.go has no package documentation")
	}
	return f.Doc.Text()
})

// Name is the analyzer's name.
const Name = "parstate"

// URL is where the analyzer is documented; each category has an anchor there.
const URL = "https://github.com/parlint/parlint"

// New returns an analyzer with the default configuration. Its -disable flag
// may still change it before the first run.
func New() *analysis.Analyzer {
	a, err := NewAnalyzer(Config{})
	if err != nil {
		panic(err) // unreachable: the zero Config is valid
	}
	return a
}

// NewAnalyzer returns an analyzer that applies cfg, or an error when cfg names
// an unknown category. Every call returns a new analyzer with its own flags, so
// the command, the golangci-lint plugin and the tests never share state.
func NewAnalyzer(cfg Config) (*analysis.Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := &checker{disable: cfg.Disable, categoryInMessage: cfg.CategoryInMessage, strict: cfg.Strict}
	a := &analysis.Analyzer{
		Name:             Name,
		Doc:              doc(),
		URL:              URL,
		Requires:         []*analysis.Analyzer{inspect.Analyzer},
		Run:              c.run,
		RunDespiteErrors: true,
		ResultType:       reflect.TypeFor[*Result](),
	}
	a.Flags.Init(Name, flag.ContinueOnError)
	a.Flags.Var(categoryList{&c.disable}, "disable",
		"comma-separated categories not to report: "+strings.Join(Categories(), ","))
	a.Flags.BoolVar(&c.strict, "strict", c.strict,
		"also report images whose Id does not name them and whose State never answers the registry key, and images left with the builder ID as their provider")
	return a, nil
}

// A checker holds one analyzer's configuration; run reads it, never writes it.
type checker struct {
	disable           []string
	categoryInMessage bool
	strict            bool
}

// run checks the State method of every artifact type in the package: first
// what State does with its key, then, when it answers the URI, its registry
// path, which the checks that follow read.
func (c *checker) run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	r := newReporter(pass, insp, c.disable, c.categoryInMessage)
	defer r.flush()
	c.runChecks(inEveryPackage, &target{r: r})
	if !hasStateDecl(pass.Files) || isSDKPath(pkgPath(pass.Pkg)) {
		return res, nil // no State to check, or the SDK's own mock and RPC proxy
	}
	ctx := newPkgContext(pass, insp)
	ctx.states = findStateMethods(ctx)
	for _, sm := range ctx.states {
		t := &target{r: r, c: ctx, s: r.forState(sm), sm: sm, k: findKeyUse(ctx, sm), strict: c.strict}
		if t.k.unmodelled == "" { // no finding from a model that is not whole
			c.runChecks(onEveryState, t)
		}
		reason := verdict(ctx, sm, t.k, c.strict)
		if t.k.dispatches { // not when State never answers, or forwards the key
			t.p = newRegistryPath(ctx, t.k)
			c.runChecks(onRegistryPath, t)
		}
		res.add(sm, reason == "", reason, t.s.withheldBy(sm))
	}
	return res, nil
}

// disabled reports whether category is turned off: its check need not run.
func (c *checker) disabled(category string) bool {
	return slices.Contains(c.disable, category)
}

// hasStateDecl reports whether files declare a method named State: a package
// without one holds no State to check. It costs a look at the top-level
// declarations, so it is the first early exit.
func hasStateDecl(files []*ast.File) bool {
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == "State" {
				return true
			}
		}
	}
	return false
}
