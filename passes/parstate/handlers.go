package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// This file finds the handler a table keyed by State's key holds for the
// URI: map[string]func(...){registryimage.ArtifactStateURI: a.hcp, ...},
// indexed by the key and called.

// tableEntries returns the handlers that the map index n, keyed by the key,
// selects for the URI: the same-package functions or literals stored under
// the URI in the composite literal the map comes from.
func (c *pkgContext) tableEntries(pf *pathFunc, n *ast.IndexExpr) []inspector.Cursor {
	lit, ok := c.eval.valueOf(n.X).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	want, ok := c.eval.str(n.Index, pf.en, 0)
	if !ok {
		return nil
	}
	var out []inspector.Cursor
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if s, ok := c.eval.str(kv.Key, nil, 0); !ok || s != want {
			continue
		}
		if h, ok := c.funcValue(kv.Value); ok {
			out = append(out, h)
		}
	}
	return out
}

// funcValue returns the declaration or literal of the same-package function
// that e denotes: a function literal, a function or a method value.
func (c *pkgContext) funcValue(e ast.Expr) (inspector.Cursor, bool) {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return c.root.FindNode(e)
	case *ast.Ident:
		if fn, ok := info.Uses[e].(*types.Func); ok {
			return c.funcDecl(fn)
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[e.Sel].(*types.Func); ok {
			return c.funcDecl(fn)
		}
	}
	return inspector.Cursor{}, false
}

// valueOf returns what e holds when it is a variable assigned once where it
// is declared: the expression it was assigned, else e.
func (ev *evaluator) valueOf(e ast.Expr) ast.Expr {
	for range maxDepth {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return ast.Unparen(e)
		}
		v, ok := ev.c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return ast.Unparen(e)
		}
		value, ok := ev.assignedOnce(v)
		if !ok {
			return ast.Unparen(e)
		}
		e = value
	}
	return e
}
