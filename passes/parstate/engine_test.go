package parstate

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// The engine's own tests: the model's values read through syntax
// (view.go), what runs under them (flow.go) and where an answer comes from
// (answers.go), on small functions of the standard library only.

const engineSrc = `package p

import "strings"

const uri = "par.artifact.metadata"

type stateKey string

var onlyURI = uri

func isKey(k string) bool   { return k == uri }
func either(k string) bool  { return k == "other" || isKey(k) }
func never(k string) bool   { return false && k == uri }

func conds(name string, x bool) {
	_ = name == uri
	_ = uri != name
	_ = stateKey(name) == stateKey(uri)
	_ = strings.TrimSpace(name) == onlyURI
	_ = strings.HasPrefix(name, uri)
	_ = strings.EqualFold(name, "PAR.ARTIFACT.METADATA")
	_ = isKey(name)
	_ = either(name)
	_ = never(name)
	_ = name == uri && x
	_ = name == uri || x
	_ = name == "generated_data"
	_ = x
}

func dispatch(name string) interface{} {
	k := stateKey(name)
	switch k {
	case "generated_data":
		return "generated"
	case stateKey(uri):
		return "registry"
	}
	if name == uri {
		return "dead"
	}
	return "other"
}

type img struct{ id string }

func helper(ok bool) *img {
	if !ok {
		return nil
	}
	return &img{"a"}
}

func values(name string, ok bool) interface{} {
	if name != uri {
		return nil
	}
	v := helper(ok)
	w := v
	if w == nil {
		return nil
	}
	return w
}
`

// engine type-checks engineSrc and returns its context and functions.
func engine(t *testing.T) (*pkgContext, map[string]*ast.FuncDecl) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", engineSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}, Scopes: map[ast.Node]*types.Scope{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info}
	c := newPkgContext(pass, inspector.New([]*ast.File{f}))
	funcs := map[string]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			funcs[fd.Name.Name] = fd
		}
	}
	return c, funcs
}

// bound returns the views of fd with its first parameter bound to the URI
// and to another key.
func bound(t *testing.T, c *pkgContext, fd *ast.FuncDecl) (uri, other view) {
	t.Helper()
	ctx, err := c.modelOf().Bind(c.pass.TypesInfo.Defs[fd.Name].(*types.Func), 0)
	if err != nil {
		t.Fatal(err)
	}
	return newView(model.KeySide, ctx), newView(model.OtherSide, ctx)
}

func TestEvaluatorConditions(t *testing.T) {
	c, funcs := engine(t)
	fd := funcs["conds"]
	uv, ov := bound(t, c, fd)
	want := []struct{ uri, other truth }{
		{yes, no}, {no, yes}, {yes, no}, {yes, no}, {yes, no}, {yes, no}, {yes, no},
		{yes, unknown}, // either: "other" || isKey: the other key is unknown, not "other"
		{no, no}, {unknown, no}, {yes, unknown}, {no, no}, {unknown, unknown},
	}
	var got []ast.Expr
	for _, s := range fd.Body.List {
		got = append(got, s.(*ast.AssignStmt).Rhs[0])
	}
	if len(got) != len(want) {
		t.Fatalf("%d conditions, %d wanted", len(got), len(want))
	}
	for i, e := range got {
		u, o := uv.cond(e), ov.cond(e)
		if u != want[i].uri || o != want[i].other && want[i].other != unknown {
			t.Errorf("%s: %v for the URI and %v for another key, want %v and %v", types.ExprString(e), u, o, want[i].uri, want[i].other)
		}
	}
}

// returnsOf lists the string results of the returns of fd that run in v.
func returnsOf(c *pkgContext, fd *ast.FuncDecl, v view) []string {
	var out []string
	for _, ret := range c.flowOf(fd).reachedReturns(v) {
		out = append(out, types.ExprString(ret.Results[0]))
	}
	slices.Sort(out)
	return out
}

func TestReachUnderKey(t *testing.T) {
	c, funcs := engine(t)
	fd := funcs["dispatch"]
	uv, ov := bound(t, c, fd)
	if got := returnsOf(c, fd, uv); strings.Join(got, " ") != `"registry"` {
		t.Errorf("for the URI, dispatch returns %v, want only \"registry\": the later branch never runs", got)
	}
	if got := returnsOf(c, fd, ov); strings.Join(got, " ") != `"other"` {
		t.Errorf("for another key, dispatch returns %v, want only \"other\"", got)
	}
	if got := returnsOf(c, fd, view{}); len(got) != 4 {
		t.Errorf("with the key unknown, dispatch returns %v, want all four", got)
	}
}

func TestAnswersFollowValues(t *testing.T) {
	c, funcs := engine(t)
	fd := funcs["values"]
	cur, _ := c.funcDecl(c.pass.TypesInfo.Defs[fd.Name].(*types.Func))
	uv, _ := bound(t, c, fd)
	pf := c.newPathFunc(cur, uv)
	var leaves []string
	for _, a := range c.answersOf(pf, nil) {
		leaves = append(leaves, types.ExprString(a.leaf)+map[bool]string{true: " guarded", false: ""}[a.guarded])
	}
	slices.Sort(leaves)
	// helper's nil (and its image) come through w, whose nil check guards
	// them: that nil never reaches values' return. values' own first nil
	// does not run for the URI; its second, a plain nil, does.
	want := []string{"&img{…} guarded", "nil", "nil guarded"}
	if !slices.Equal(leaves, want) {
		t.Errorf("answers of values: %v, want %v", leaves, want)
	}
}
