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
	exits    []inspector.Cursor // if and switch statements whose branch is always taken for the URI and always returns
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
	c.dispatchInto(d, fn, param, true, map[*types.Var]bool{})
	d.roots = d.liveRoots()
	return d
}

// dispatchInto records what the function fn does with its parameter param.
// answers tells whether fn's result is State's answer, so that a call of
// another package's code that fn returns forwards the key.
func (c *pkgContext) dispatchInto(d *dispatch, fn inspector.Cursor, param *types.Var, answers bool, seen map[*types.Var]bool) {
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
					c.dispatchCall(d, n, i, answers && c.resultReturned(fn, cur), seen)
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
		if c.alwaysURI(n.Cond, isParam) && exits(n.Body.List) {
			d.exits = append(d.exits, cur)
		}
	}
	if neq {
		// The code after "if name != URI { return ... }" and its else run for
		// the URI, up to a statement that returns.
		if n.Else != nil {
			d.roots = append(d.roots, cur.ChildAt(edge.IfStmt_Else, -1))
		}
		if k := cur.ParentEdgeKind(); k == edge.BlockStmt_List || k == edge.CaseClause_Body || k == edge.CommClause_Body {
			for next, ok := cur.NextSibling(); ok; next, ok = next.NextSibling() {
				d.roots = append(d.roots, next)
				if exits([]ast.Stmt{next.Node().(ast.Stmt)}) {
					break // what follows never runs
				}
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
		selects, always := false, false
		for _, e := range cc.List {
			switch {
			case n.Tag != nil && isParam(n.Tag) && isURIValue(info, e):
				selects, always = true, true
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
				always = always || c.alwaysURI(e, isParam)
			}
		}
		if selects {
			d.roots = append(d.roots, clause)
			if always && exits(cc.Body) {
				d.exits = append(d.exits, cur)
			}
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

// dispatchCall follows the key passed as argument i of call. returned tells
// whether State answers the key with the call's result: only then does a
// call of code parstate cannot see forward the key. A logger or a trace hook
// that is handed the key does not answer it.
func (c *pkgContext) dispatchCall(d *dispatch, call *ast.CallExpr, i int, returned bool, seen map[*types.Var]bool) {
	info := c.pass.TypesInfo
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Builtin, *types.TypeName:
		return // len(name), string(name), ...
	case *types.Func:
		if decl, ok := c.funcDecl(obj); ok {
			sig := obj.Type().(*types.Signature)
			if i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
				c.dispatchInto(d, decl, sig.Params().At(i), returned, seen)
			}
			return
		}
		if obj.Name() != "State" && isStdlib(obj.Pkg()) {
			return // strings.ToLower(name), fmt.Sprint(name)
		}
	}
	if returned {
		d.forwards = true // another artifact's State, or code in another package
	}
}

// resultReturned reports whether the function fn returns the result of the
// call at cur: return call(...), or a variable assigned from it and returned
// (v := call(...); ... return v).
func (c *pkgContext) resultReturned(fn, cur inspector.Cursor) bool {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	var lhs ast.Expr
	switch p := cur.Parent().Node().(type) {
	case *ast.ReturnStmt:
		return c.returnsOf(fn, cur.Parent())
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 {
			return false
		}
		lhs = p.Lhs[0]
	case *ast.ValueSpec:
		if len(p.Values) != 1 {
			return false
		}
		lhs = p.Names[0]
	default:
		return false
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	v := c.pass.TypesInfo.ObjectOf(id)
	for ret := range fn.Preorder((*ast.ReturnStmt)(nil)) {
		r := ret.Node().(*ast.ReturnStmt)
		if len(r.Results) == 1 && c.returnsOf(fn, ret) {
			if rid, ok := ast.Unparen(r.Results[0]).(*ast.Ident); ok && v != nil && c.pass.TypesInfo.Uses[rid] == v {
				return true
			}
		}
	}
	return false
}

// returnsOf reports whether the return statement at ret belongs to fn and
// not to a closure inside it.
func (c *pkgContext) returnsOf(fn, ret inspector.Cursor) bool {
	f, _, ok := c.enclosingFunc(ret)
	return ok && f == fn
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

// alwaysURI reports whether cond holds whenever the key is the URI: a
// comparison name == URI, possibly joined with others by ||.
func (c *pkgContext) alwaysURI(cond ast.Expr, isParam func(ast.Expr) bool) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LOR:
		return c.alwaysURI(b.X, isParam) || c.alwaysURI(b.Y, isParam)
	case token.EQL:
		info := c.pass.TypesInfo
		return isParam(b.X) && isURIValue(info, b.Y) || isParam(b.Y) && isURIValue(info, b.X)
	}
	return false
}

// exits reports whether control never leaves the statement list at its end:
// it ends in a return or a panic (in every branch of a final if-else), and no
// break, goto or fallthrough can skip to what follows.
func exits(list []ast.Stmt) bool {
	if len(list) == 0 || !terminal(list[len(list)-1]) {
		return false
	}
	jumps := false
	for _, s := range list {
		ast.Inspect(s, func(n ast.Node) bool {
			if b, ok := n.(*ast.BranchStmt); ok && b.Tok != token.CONTINUE {
				jumps = true
			}
			_, lit := n.(*ast.FuncLit)
			return !jumps && !lit
		})
	}
	return !jumps
}

// terminal reports whether s is a return, a call of panic, or a block or an
// if-else whose every branch ends in one.
func terminal(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "panic"
	case *ast.BlockStmt:
		return len(s.List) > 0 && terminal(s.List[len(s.List)-1])
	case *ast.IfStmt:
		return s.Else != nil && terminal(s.Body) && terminal(s.Else)
	}
	return false
}

// liveRoots drops the roots that the URI never reaches: those after an if or
// a switch, in the same statement list or below a later statement of it,
// whose branch is always taken for the URI and always returns, such as a
// second copy of the registry branch after the first. Findings in code that
// never runs would only mislead.
func (d *dispatch) liveRoots() []inspector.Cursor {
	var live []inspector.Cursor
	for _, r := range d.roots {
		dead := false
		for _, x := range d.exits {
			list := x.Parent().Node()
			if r.Node().Pos() >= x.Node().End() && list.Pos() <= r.Node().Pos() && r.Node().End() <= list.End() {
				dead = true
				break
			}
		}
		if !dead {
			live = append(live, r)
		}
	}
	return live
}
