package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// The provider a package publishes its images under, which
// state-uri-missing's fix passes and provider-name's advice names.

// packageProvider returns the provider name that the package's images are
// published under, explicitly and as a constant, when there is one: every
// WithProvider call's argument, every ProviderName of an Image literal and
// every assignment of ProviderName holds the same constant. Otherwise, or
// when one of them is not a constant, it returns "".
func (c *pkgContext) packageProvider() string {
	if c.provider == nil {
		p := c.findPackageProvider()
		c.provider = &p
	}
	return *c.provider
}

func (c *pkgContext) findPackageProvider() string {
	found := ""
	for cur := range c.root.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SelectorExpr)(nil)) {
		e, ok := c.providerSet(cur)
		if !ok {
			continue
		}
		if e == nil {
			return "" // set to what parstate cannot see
		}
		v, ok := c.constStr(e)
		if !ok || v == "" || found != "" && v != found {
			return ""
		}
		found = v
	}
	return found
}

// providerSet returns the expression that the node at cur sets an image's
// ProviderName to: WithProvider's argument, a literal's field, the right
// side of an assignment.
func (c *pkgContext) providerSet(cur inspector.Cursor) (ast.Expr, bool) {
	info := c.pass.TypesInfo
	// Each case tests a name first: the types are looked up only for the
	// few nodes that may set a provider.
	switch n := cur.Node().(type) {
	case *ast.CallExpr:
		if spelledName(n) == withProviderName && imageFunc(info, n) == withProviderName && len(n.Args) == 1 {
			return n.Args[0], true
		}
	case *ast.CompositeLit:
		return literalProvider(info, n)
	case *ast.SelectorExpr:
		if n.Sel.Name != providerField || imageField(info, n) != providerField || !isAssigned(cur) {
			break
		}
		if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, l := range as.Lhs {
				if l == n {
					return as.Rhs[i], true
				}
			}
		}
		return nil, true
	}
	return nil, false
}

// literalProvider returns the ProviderName an Image literal sets: nil, true
// for an unkeyed one, whose provider parstate does not read.
func literalProvider(info *types.Info, lit *ast.CompositeLit) (ast.Expr, bool) {
	if len(lit.Elts) == 0 {
		return nil, false
	}
	_, keyed := lit.Elts[0].(*ast.KeyValueExpr)
	if keyed {
		found := false
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == providerField {
					found = true
				}
			}
		}
		if !found {
			return nil, false
		}
	}
	if !isImageStruct(deref(info.TypeOf(lit))) {
		return nil, false
	}
	if !keyed {
		return nil, true
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == providerField {
				return kv.Value, true
			}
		}
	}
	return nil, false
}

// spelledName returns the name a call's function is spelled with: f of f(),
// x.f(), or "".
func spelledName(call *ast.CallExpr) string {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun.Name
	case *ast.SelectorExpr:
		return fun.Sel.Name
	}
	return ""
}
