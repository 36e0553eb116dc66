package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// A pkgContext is what the checks of one package share.
type pkgContext struct {
	pass  *analysis.Pass
	root  inspector.Cursor
	funcs map[*types.Func]inspector.Cursor // same-package function and method declarations

	uriMapKey *bool                  // memo of usesURIAsMapKey
	contents  map[*token.File][]byte // file contents read for fixes; nil when unreadable
}

func newPkgContext(pass *analysis.Pass, insp *inspector.Inspector) *pkgContext {
	c := &pkgContext{pass: pass, root: insp.Root(), funcs: map[*types.Func]inspector.Cursor{}}
	for file := range c.root.Children() {
		for decl := range file.Children() {
			fd, ok := decl.Node().(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				c.funcs[fn] = decl
			}
		}
	}
	return c
}

// funcDecl returns the declaration of a same-package function or method.
func (c *pkgContext) funcDecl(fn *types.Func) (inspector.Cursor, bool) {
	cur, ok := c.funcs[fn.Origin()]
	return cur, ok
}

// usesURIAsMapKey reports whether the package stores something under the URI
// in a map, as a builder that fills an artifact's StateData does; a State that
// returns StateData[name] then answers the URI.
func (c *pkgContext) usesURIAsMapKey() bool {
	if c.uriMapKey != nil {
		return *c.uriMapKey
	}
	found := false
	info := c.pass.TypesInfo
	for cur := range c.root.Preorder((*ast.KeyValueExpr)(nil), (*ast.IndexExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr:
			found = isURIValue(info, n.Key)
		case *ast.IndexExpr:
			found = isURIValue(info, n.Index)
		}
		if found {
			break
		}
	}
	c.uriMapKey = &found
	return found
}

// enclosingFunc returns the innermost function declaration or literal around
// cur and its signature.
func (c *pkgContext) enclosingFunc(cur inspector.Cursor) (inspector.Cursor, *types.Signature, bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var t types.Type
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			if obj := c.pass.TypesInfo.Defs[n.Name]; obj != nil {
				t = obj.Type()
			}
		case *ast.FuncLit:
			t = c.pass.TypesInfo.TypeOf(n)
		}
		sig, ok := t.(*types.Signature)
		return fn, sig, ok
	}
	return inspector.Cursor{}, nil, false
}
