package parstate

import (
	"go/ast"
	"strconv"
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

// A fieldScan collects the values a package sets packageFields to.
type fieldScan struct {
	c       *pkgContext
	found   map[string]string
	unknown map[string]bool // set to something else too, or to what parstate cannot see
}

// findPackageValues walks the package once. It visits assignments and
// composite literals everywhere, and calls only in the files that import
// the SDK's image package, the only ones that can call its options: the
// walk touches a small part of a big package's syntax.
func (c *pkgContext) findPackageValues() map[string]string {
	sc := fieldScan{c: c, found: map[string]string{}, unknown: map[string]bool{}}
	everywhere := []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}
	withCalls := append(everywhere[:len(everywhere):len(everywhere)], (*ast.CallExpr)(nil))
	for file := range c.root.Children() {
		kinds := everywhere
		if _, ok := importName(file.Node().(*ast.File), imagePath, ""); ok {
			kinds = withCalls
		}
		for cur := range file.Preorder(kinds...) {
			switch n := cur.Node().(type) {
			case *ast.CallExpr:
				sc.call(n)
			case *ast.CompositeLit:
				sc.literal(n)
			case *ast.AssignStmt:
				sc.assign(n)
			}
		}
	}
	return sc.found
}

// set records that the package sets field to e, nil when it is not one
// expression.
func (sc *fieldScan) set(field string, e ast.Expr) {
	if sc.unknown[field] {
		return
	}
	v, ok := "", false
	if e != nil {
		v, ok = sc.c.constStr(e)
	}
	if !ok || v == "" || sc.found[field] != "" && v != sc.found[field] {
		sc.unknown[field] = true
		delete(sc.found, field)
		return
	}
	sc.found[field] = v
}

// call records a call of the option that sets one of packageFields.
func (sc *fieldScan) call(call *ast.CallExpr) {
	name := spelledName(call)
	for _, f := range packageFields {
		if name == f.option && len(call.Args) == 1 && imageFunc(sc.c.pass.TypesInfo, call) == name {
			sc.set(f.field, call.Args[0])
		}
	}
}

// literal records what an Image literal sets packageFields to: nothing
// that parstate reads by position for an unkeyed one.
func (sc *fieldScan) literal(lit *ast.CompositeLit) {
	if len(lit.Elts) == 0 {
		return
	}
	var values [len(packageFields)]ast.Expr
	_, keyed := lit.Elts[0].(*ast.KeyValueExpr)
	named := false
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			for i, f := range packageFields {
				if id.Name == f.field {
					values[i], named = kv.Value, true
				}
			}
		}
	}
	if keyed && !named || !isImageStruct(deref(sc.c.pass.TypesInfo.TypeOf(lit))) {
		return
	}
	for i, f := range packageFields {
		if !keyed || values[i] != nil {
			sc.set(f.field, values[i])
		}
	}
}

// assign records an assignment of one of packageFields: to the right side
// when the field is assigned alone, as one of as many left sides as right
// ones; to what parstate cannot see otherwise (a parenthesized or indexed
// left side, or a call's results). It reads from the statement down the
// left sides that isAssigned reads from a selector up, so that the walk
// need not visit every selector of the package.
func (sc *fieldScan) assign(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		e, direct := lhs, true
		for {
			if p, ok := e.(*ast.ParenExpr); ok {
				e, direct = p.X, false
			} else if ix, ok := e.(*ast.IndexExpr); ok {
				e, direct = ix.X, false
			} else {
				break
			}
		}
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			continue
		}
		for _, f := range packageFields {
			if sel.Sel.Name != f.field || imageField(sc.c.pass.TypesInfo, sel) != f.field {
				continue
			}
			if direct && len(as.Lhs) == len(as.Rhs) {
				sc.set(f.field, as.Rhs[i])
			} else {
				sc.set(f.field, nil)
			}
		}
	}
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
