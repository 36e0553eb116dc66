package parstate

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
)

// The provider and the region a package publishes its images under, which
// state-uri-missing's fix passes, provider-name's advice names and
// region-missing takes as the region of the package's other images.

// packageProvider returns the provider name that the package's images are
// published under, explicitly and as a constant, when there is one.
func (c *pkgContext) packageProvider() string {
	return c.packageValue(providerField)
}

// packageRegion returns the guess of the one constant region the package's
// other images are published in, if any.
func (c *pkgContext) packageRegion() regionGuess {
	if v := c.packageValue(regionField); v != "" {
		return regionGuess{value: strconv.Quote(v)}
	}
	return regionGuess{}
}

// packageFields are the Image fields whose one value packageValue finds,
// with the SDK's option that sets each.
var packageFields = [...]struct{ option, field string }{
	{withProviderName, providerField},
	{withRegionName, regionField},
}

// packageValue returns the value the package sets the Image field field
// (one of packageFields) to wherever it sets it, when that is one
// constant: every call of the SDK's option that sets it, every such field
// of an Image literal and every assignment of the field holds it.
// Otherwise, or when one of them is not a constant, or an unkeyed literal
// sets the field, it returns "". One walk of the package finds the value
// of each of packageFields.
func (c *pkgContext) packageValue(field string) string {
	if c.fieldValues == nil {
		c.fieldValues = c.findPackageValues()
	}
	return c.fieldValues[field]
}

func (c *pkgContext) findPackageValues() map[string]string {
	found := map[string]string{}
	unknown := map[string]bool{} // set to something else too, or to what parstate cannot see
	for cur := range c.root.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SelectorExpr)(nil)) {
		for _, f := range packageFields {
			if unknown[f.field] {
				continue
			}
			e, ok := c.fieldSet(cur, f.option, f.field)
			if !ok {
				continue
			}
			v, ok := "", false
			if e != nil {
				v, ok = c.constStr(e)
			}
			if !ok || v == "" || found[f.field] != "" && v != found[f.field] {
				unknown[f.field] = true
				delete(found, f.field)
				continue
			}
			found[f.field] = v
		}
	}
	return found
}

// fieldSet returns the expression that the node at cur sets an image's
// field to: option's argument, a literal's field, the right side of an
// assignment (nil when there is no one expression).
func (c *pkgContext) fieldSet(cur inspector.Cursor, option, field string) (ast.Expr, bool) {
	info := c.pass.TypesInfo
	// Each case tests a name first: the types are looked up only for the
	// few nodes that may set the field.
	switch n := cur.Node().(type) {
	case *ast.CallExpr:
		if spelledName(n) == option && imageFunc(info, n) == option && len(n.Args) == 1 {
			return n.Args[0], true
		}
	case *ast.CompositeLit:
		return literalField(info, n, field)
	case *ast.SelectorExpr:
		if n.Sel.Name != field || imageField(info, n) != field || !isAssigned(cur) {
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

// literalField returns the value an Image literal gives field: nil, true
// for an unkeyed one, whose fields parstate does not read by position.
func literalField(info *types.Info, lit *ast.CompositeLit, field string) (ast.Expr, bool) {
	if len(lit.Elts) == 0 {
		return nil, false
	}
	var value ast.Expr
	_, keyed := lit.Elts[0].(*ast.KeyValueExpr)
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				value = kv.Value
			}
		}
	}
	if keyed && value == nil || !isImageStruct(deref(info.TypeOf(lit))) {
		return nil, false
	}
	return value, true
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
