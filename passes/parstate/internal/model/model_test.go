package model_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

const uri = "par.artifact.metadata"

// load type-checks src, a package p, and builds its model.
func load(t *testing.T, src string) (*model.Package, *types.Package, *ast.File) {
	t.Helper()
	fset, pkg, files, info := check(t, src)
	m, err := model.Build(fset, pkg, files, info, model.Config{Key: uri, Other: "\x00other",
		IsStdlib: func(p *types.Package) bool { return !strings.Contains(p.Path(), ".") && p.Path() != "p" }})
	if err != nil {
		t.Fatal(err)
	}
	return m, pkg, files[0]
}

// check type-checks src, a package p.
func check(t *testing.T, src string) (*token.FileSet, *types.Package, []*ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Implicits: map[ast.Node]types.Object{}, Instances: map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{}, Scopes: map[ast.Node]*types.Scope{}, FileVersions: map[*ast.File]string{}}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return fset, pkg, []*ast.File{f}, info
}

// state returns the context of T.State.
func state(t *testing.T, m *model.Package, pkg *types.Package, typ string) *model.Context {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(pkg.Scope().Lookup(typ).Type()), true, pkg, "State")
	c, err := m.State(obj.(*types.Func))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// dispatches reports whether State tells the key from another anywhere on
// its key side.
func dispatches(c *model.Context) bool {
	for _, x := range c.Path(model.KeySide) {
		if len(x.Deciding()) > 0 {
			return true
		}
	}
	return false
}

// forwards reports whether State forwards the key.
func forwards(c *model.Context) bool {
	for _, x := range c.Path(model.KeySide) {
		if x.Forwards() {
			return true
		}
	}
	return false
}

func TestDispatch(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"if", `func (a *A) State(name string) any { if name == URI { return 1 }; return nil }`, true},
		{"literal", `func (a *A) State(name string) any { if name == "par.artifact.metadata" { return 1 }; return nil }`, true},
		{"switch", `func (a *A) State(name string) any { switch name { case "x": return 2; case URI: return 1 }; return nil }`, true},
		{"never", `func (a *A) State(name string) any { if name == "x" { return 1 }; return nil }`, false},
		{"noKey", `func (a *A) State(name string) any { return nil }`, false},
		{"helperChain10", chain(10), true},
		{"constArgs", `func is(k, want string) bool { return k == want }
func (a *A) State(name string) any { if is(name, URI) { return 1 }; return nil }`, true},
		{"constArgsSwapped", `func is(want, k string) bool { return k == want }
func (a *A) State(name string) any { if is(URI, name) { return 1 }; return nil }`, true},
		{"equalFold", `func (a *A) State(name string) any { if strings.EqualFold(strings.TrimSpace(name), URI) { return 1 }; return nil }`, true},
		{"andChain", `func (a *A) State(name string) any { if name != "a" && name != "b" && name == URI { return 1 }; return nil }`, true},
		{"table", `func (a *A) State(name string) any { h := map[string]func() any{URI: a.img}; if f, ok := h[name]; ok { return f() }; return nil }
func (a *A) img() any { return 1 }`, true},
		{"closure", `func (a *A) State(name string) any { is := func() bool { return name == URI }; if is() { return 1 }; return nil }`, true},
		{"pointer", `func (a *A) State(name string) any { p := &name; if *p == URI { return 1 }; return nil }`, true},
		{"recursive", `func depth(k string, n int) bool { if n > 0 { return depth(k, n-1) }; return k == URI }
func (a *A) State(name string) any { if depth(name, 50) { return 1 }; return nil }`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, pkg, _ := load(t, header+tc.src)
			c := state(t, m, pkg, "A")
			// "never" compares with another key: that tells keys apart too.
			if got := dispatches(c); got != tc.want {
				t.Errorf("dispatches = %v, want %v", got, tc.want)
			}
		})
	}
}

const header = `package p
import "strings"
var _ = strings.ToLower
const URI = "par.artifact.metadata"
type A struct{ f func(string) any }
`

// chain returns a State that asks isKey0, which asks isKey1, ... isKeyN-1,
// which compares with the URI.
func chain(n int) string {
	var b strings.Builder
	for i := range n {
		if i == n-1 {
			b.WriteString("func isKey" + itoa(i) + "(k string) bool { return k == URI }\n")
		} else {
			b.WriteString("func isKey" + itoa(i) + "(k string) bool { return isKey" + itoa(i+1) + "(k) }\n")
		}
	}
	b.WriteString(`func (a *A) State(name string) any { if isKey00(name) { return 1 }; return nil }`)
	return b.String()
}

func itoa(i int) string { return string(rune('0'+i/10)) + string(rune('0'+i%10)) }

func TestForwards(t *testing.T) {
	m, pkg, _ := load(t, header+`func (a *A) State(name string) any { return a.f(strings.ToLower(name)) }`)
	if c := state(t, m, pkg, "A"); !forwards(c) {
		t.Error("a key handed to a function value of no known callee is not forwarded")
	}
	m, pkg, _ = load(t, header+`func (a *A) State(name string) any { println(name); return nil }`)
	if c := state(t, m, pkg, "A"); forwards(c) {
		t.Error("println(name) forwards the key")
	}
}

// TestMemoKeys is issue 22's D2 and D3: what one artifact asks of a shared
// helper does not change what another's State is found to do.
func TestMemoKeys(t *testing.T) {
	src := header + `func isKey(k, want string) bool { return k == want }
type B struct{}
func (b *B) State(name string) any { _ = isKey(name, "fixed"); if isKey("fixed", name) { return 2 }; return nil }
func (a *A) State(name string) any { if isKey(name, URI) { return 1 }; return nil }
`
	for _, order := range [][]string{{"A", "B"}, {"B", "A"}} {
		m, pkg, _ := load(t, src)
		got := map[string]bool{}
		for _, typ := range order {
			got[typ] = dispatches(state(t, m, pkg, typ))
		}
		if !got["A"] || got["B"] {
			t.Errorf("order %v: dispatches = %v, want A only", order, got)
		}
	}
}

func TestRecursiveRing(t *testing.T) {
	var b strings.Builder
	b.WriteString(header + `func (a *A) State(name string) any { if name == URI { return a.image0(0) }; return nil }
func (a *A) image0(depth int) any { if depth < 100 { return a.image1(depth + 1) }; return "img" }
`)
	for i := 1; i < 100; i++ {
		b.WriteString("func (a *A) image" + strconv.Itoa(i) + "(depth int) any { return a.image" + strconv.Itoa((i+1)%100) + "(depth + 1) }\n")
	}
	m, pkg, _ := load(t, b.String())
	c := state(t, m, pkg, "A")
	if c.Partial(model.KeySide) {
		t.Error("partial")
	}
	if n := len(c.Path(model.KeySide)); n < 101 {
		t.Errorf("path of %d contexts", n)
	}
}

// TestBudget: a limit reached makes the contexts it cut short partial, on
// both sides, and says so; it decides nothing.
func TestBudget(t *testing.T) {
	src := header + chain(20)
	for _, budget := range []int{50, 0} {
		fset, pkg, files, info := check(t, src)
		m, err := model.Build(fset, pkg, files, info, model.Config{Key: uri, Other: "\x00other", Budget: budget})
		if err != nil {
			t.Fatal(err)
		}
		c := state(t, m, pkg, "A")
		if got, want := c.Partial(model.KeySide), budget != 0; got != want {
			t.Errorf("budget %d: partial = %v, want %v", budget, got, want)
		}
	}
}

// TestComparesUnknown: the key compared with a value the model does not
// know (a slice of handlers scanned in a loop) may be the registry key.
func TestComparesUnknown(t *testing.T) {
	m, pkg, _ := load(t, header+`type entry struct{ key string; fn func(*A) any }
var table = []entry{{URI, (*A).img}}
func (a *A) img() any { return 1 }
func (a *A) State(name string) any { for _, e := range table { if e.key == name { return e.fn(a) } }; return nil }`)
	c := state(t, m, pkg, "A")
	compares := false
	for _, x := range c.Path(model.KeySide) {
		compares = compares || x.Compares()
	}
	if !compares {
		t.Error("the key compared with a slice entry's key is not taken as a possible answer")
	}
}
