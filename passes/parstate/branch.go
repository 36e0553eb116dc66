package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A dispatch is what a State method does with its key parameter.
type dispatch struct {
	roots    []inspector.Cursor // the code that runs for the URI: branch bodies, case clauses, code after a != early return
	literals []*ast.BasicLit    // "par.artifact.metadata" written where the constant belongs
	forwards bool               // the key goes to code parstate cannot see, such as another artifact's State, or is compared with an expression that does not type-check
	indexes  bool               // the key indexes a map, which may hold the URI
}

// answers reports whether d shows that State answers the URI.
func (d *dispatch) answers(c *pkgContext) bool {
	return len(d.roots) > 0 || d.forwards || d.indexes && c.usesURIAsMapKey()
}

// findDispatch returns how the function fn uses its parameter param.
// It follows the parameter into same-package functions, whose own tests of it
// count as State's.
func findDispatch(c *pkgContext, fn inspector.Cursor, param *types.Var) *dispatch {
	d := &dispatch{}
	c.dispatchInto(d, fn, param, map[*types.Var]bool{})
	return d
}

func (c *pkgContext) dispatchInto(d *dispatch, fn inspector.Cursor, param *types.Var, seen map[*types.Var]bool) {
	if param == nil || seen[param] {
		return
	}
	seen[param] = true
	info := c.pass.TypesInfo
	isParam := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == param
	}
	for cur := range fn.Preorder((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.IfStmt:
			c.dispatchIf(d, cur, n, isParam)
		case *ast.SwitchStmt:
			c.dispatchSwitch(d, cur, n, isParam)
		case *ast.CallExpr:
			for i, arg := range n.Args {
				if isParam(arg) {
					c.dispatchCall(d, n, i, seen)
				}
			}
		case *ast.IndexExpr:
			if isParam(n.Index) {
				if _, ok := typeUnder(info.TypeOf(n.X)).(*types.Map); ok {
					d.indexes = true
				}
			}
		}
	}
}

// dispatchIf records the registry path of an if statement that tests the key.
func (c *pkgContext) dispatchIf(d *dispatch, cur inspector.Cursor, n *ast.IfStmt, isParam func(ast.Expr) bool) {
	eq, neq := false, false
	for _, t := range c.uriTests(d, n.Cond, isParam) {
		if t.Op == token.EQL {
			eq = true
		} else {
			neq = true
		}
		d.addLiteral(c, t.X, t.Y)
	}
	if eq {
		d.roots = append(d.roots, cur.ChildAt(edge.IfStmt_Body, -1))
	}
	if neq {
		// The code after "if name != URI { return ... }" and its else run for the URI.
		if n.Else != nil {
			d.roots = append(d.roots, cur.ChildAt(edge.IfStmt_Else, -1))
		}
		if k := cur.ParentEdgeKind(); k == edge.BlockStmt_List || k == edge.CaseClause_Body || k == edge.CommClause_Body {
			for next, ok := cur.NextSibling(); ok; next, ok = next.NextSibling() {
				d.roots = append(d.roots, next)
			}
		}
	}
}

// dispatchSwitch records the case clauses of a switch that select the URI.
func (c *pkgContext) dispatchSwitch(d *dispatch, cur inspector.Cursor, n *ast.SwitchStmt, isParam func(ast.Expr) bool) {
	info := c.pass.TypesInfo
	body := cur.ChildAt(edge.SwitchStmt_Body, -1)
	for clause := range body.Children() {
		cc, ok := clause.Node().(*ast.CaseClause)
		if !ok {
			continue
		}
		selects := false
		for _, e := range cc.List {
			switch {
			case n.Tag != nil && isParam(n.Tag) && isURIValue(info, e):
				selects = true
				d.addLiteral(c, e)
			case n.Tag != nil && isParam(n.Tag) && !typeChecks(info, e):
				d.forwards = true
			case n.Tag == nil:
				for _, t := range c.uriTests(d, e, isParam) {
					if t.Op == token.EQL {
						selects = true
					}
					d.addLiteral(c, t.X, t.Y)
				}
			}
		}
		if selects {
			d.roots = append(d.roots, clause)
		}
	}
}

// addLiteral records the URI spelled as a string literal among exprs: the
// literal itself, or the value of a constant declared in the package.
func (d *dispatch) addLiteral(c *pkgContext, exprs ...ast.Expr) {
	for _, e := range exprs {
		if lit := c.uriLiteral(e); lit != nil {
			d.literals = append(d.literals, lit)
		}
	}
}

// uriLiteral returns the string literal that spells the URI for e, or nil.
func (c *pkgContext) uriLiteral(e ast.Expr) *ast.BasicLit {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if isURIValue(info, e) {
			return e
		}
	case *ast.Ident:
		k, ok := info.Uses[e].(*types.Const)
		if !ok || k.Pkg() != c.pass.Pkg {
			return nil
		}
		id, ok := c.root.FindByPos(k.Pos(), k.Pos()+token.Pos(len(k.Name())))
		if !ok {
			return nil
		}
		spec, ok := id.Parent().Node().(*ast.ValueSpec)
		if !ok {
			return nil
		}
		for i, name := range spec.Names {
			if name == id.Node() && i < len(spec.Values) {
				return c.uriLiteral(spec.Values[i])
			}
		}
	}
	return nil
}

// dispatchCall follows the key passed as argument i of call.
func (c *pkgContext) dispatchCall(d *dispatch, call *ast.CallExpr, i int, seen map[*types.Var]bool) {
	info := c.pass.TypesInfo
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Builtin, *types.TypeName:
		return // len(name), string(name), ...
	case *types.Func:
		if decl, ok := c.funcDecl(obj); ok {
			sig := obj.Type().(*types.Signature)
			if i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
				c.dispatchInto(d, decl, sig.Params().At(i), seen)
			}
			return
		}
		if obj.Name() != "State" && isStdlib(obj.Pkg()) {
			return // log.Printf("%s", name), strings.HasPrefix(name, ...)
		}
	}
	d.forwards = true // another artifact's State, or code in another package
}

// uriTests returns the comparisons of the key with the URI in cond, looking
// through parentheses, && and ||. A comparison with an expression that does
// not type-check counts as forwarding: it may be the URI.
func (c *pkgContext) uriTests(d *dispatch, cond ast.Expr, isParam func(ast.Expr) bool) []*ast.BinaryExpr {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	switch b.Op {
	case token.LAND, token.LOR:
		return append(c.uriTests(d, b.X, isParam), c.uriTests(d, b.Y, isParam)...)
	case token.EQL, token.NEQ:
		info := c.pass.TypesInfo
		if isParam(b.X) && isURIValue(info, b.Y) || isParam(b.Y) && isURIValue(info, b.X) {
			return []*ast.BinaryExpr{b}
		}
		if isParam(b.X) && !typeChecks(info, b.Y) || isParam(b.Y) && !typeChecks(info, b.X) {
			d.forwards = true
		}
	}
	return nil
}

// typeChecks reports whether e has a valid type: a comparison with a key
// that does not type-check (a missing import, say) may well be the URI.
func typeChecks(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && t != types.Typ[types.Invalid]
}

// isStdlib reports whether pkg is in the standard library.
func isStdlib(pkg *types.Package) bool {
	if pkg == nil {
		return true
	}
	return isStdlibPath(pkg.Path())
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
