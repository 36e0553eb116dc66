package model_test

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// decl returns the declaration of the function or method name in f.
func decl(t *testing.T, f *ast.File, name string) *ast.FuncDecl {
	t.Helper()
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
			return fd
		}
	}
	t.Fatalf("no function %s", name)
	return nil
}

// callOf returns the first call in n, in source order, whose callee is
// named name (an identifier, a selector's name, or a generic's).
func callOf(t *testing.T, n ast.Node, name string) *ast.CallExpr {
	t.Helper()
	var found *ast.CallExpr
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && found == nil && calleeName(call.Fun) == name {
			found = call
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no call of %s", name)
	}
	return found
}

func calleeName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		return calleeName(e.X)
	}
	return ""
}

// lparens returns the left parentheses of the calls of name in n.
func lparens(n ast.Node, name string) []token.Pos {
	var out []token.Pos
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && calleeName(call.Fun) == name {
			out = append(out, call.Lparen)
		}
		return true
	})
	return out
}

// returns returns the positions of the return statements in n.
func returns(n ast.Node) []token.Pos {
	var out []token.Pos
	ast.Inspect(n, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok {
			out = append(out, r.Pos())
		}
		return true
	})
	return out
}

// indexes returns the index in all of each of ps, -1 for one not there.
func indexes(ps, all []token.Pos) []int {
	out := []int{}
	for _, p := range ps {
		out = append(out, slices.Index(all, p))
	}
	return out
}

// method returns the *types.Func of (*typ).name.
func method(pkg *types.Package, typ, name string) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(pkg.Scope().Lookup(typ).Type()), true, pkg, name)
	return obj.(*types.Func)
}

// describe spells an answer for comparison: its expression (or "const"
// for a value without syntax of its own), then nil, typed (for a nil
// only: TestAnswersTypedNonNil has the rest), guarded and ignored where
// set, then the functions it came out of ("lit" for a literal, "-image"
// for a wrapper of the method image).
func describe(a model.Answer) string {
	s := "const"
	if a.Expr != nil {
		s = types.ExprString(a.Expr)
	}
	for _, f := range []struct {
		set  bool
		name string
	}{{a.Nil, "nil"}, {a.Nil && a.Typed, "typed"}, {a.Guarded, "guarded"}, {a.Ignored, "ignored"}} {
		if f.set {
			s += " " + f.name
		}
	}
	for _, st := range a.Via {
		name := syntaxName(st.Func)
		switch {
		case st.Func == nil && st.Obj != nil:
			name += st.Obj.Name() // a wrapper of a method
		case st.Obj != nil && st.Obj.Name() != name:
			name += "!=" + st.Obj.Name() // Obj and Func disagree
		}
		s += " <" + name
	}
	return s
}

// describeAll spells each answer of c on side s.
func describeAll(c *model.Context, s model.Side) string {
	var out []string
	for _, a := range c.Answers(s) {
		out = append(out, describe(a))
	}
	return strings.Join(out, "; ")
}

// syntaxName names the function whose syntax is n: a declaration's name,
// "lit" for a literal, "-" for a wrapper.
func syntaxName(n ast.Node) string {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Name.Name
	case *ast.FuncLit:
		return "lit"
	}
	return "-"
}

// stateDecl returns the State method of f whose receiver is named recv.
func stateDecl(t *testing.T, f *ast.File, recv string) *ast.FuncDecl {
	t.Helper()
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "State" && fd.Recv != nil && fd.Recv.List[0].Names[0].Name == recv {
			return fd
		}
	}
	t.Fatalf("no State of %s", recv)
	return nil
}
