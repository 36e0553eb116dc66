package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/parlint/parlint/internal/edit"
)

// A dispatch is what a State method does with its key parameter.
type dispatch struct {
	roots    []inspector.Cursor // the code that runs for the URI: branch bodies, case clauses, code after a != early return
	exits    []inspector.Cursor // if and switch statements whose branch is always taken for the URI and always returns
	literals []*ast.BasicLit    // "par.artifact.metadata" written where the constant belongs
	forwards bool               // the key goes to code parstate cannot see, such as another artifact's State, or is compared with an expression that does not type-check
	compares bool               // the key is compared with the URI in a way parstate does not follow
	indexes  bool               // the key indexes a map, which may hold the URI
}

// answers reports whether d shows that State answers the URI, or may: a
// comparison of the key with the URI that parstate does not follow (through
// a pointer to the key, in a predicate of the package) counts, since a
// report on a State that answers costs more than a missed one.
func (d *dispatch) answers(c *pkgContext) bool {
	return len(d.roots) > 0 || d.forwards || d.compares || d.indexes && c.usesURIAsMapKey()
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
// answers tells whether fn's result may be State's answer, so that a call of
// another package's code whose result fn uses forwards the key.
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
	// The key, or a standard-library function or conversion of it:
	// strings.TrimSpace(name) == URI tests the key too.
	isKey := func(e ast.Expr) bool { return c.derivesKey(e, isParam) }
	var keyVars map[types.Object]bool // computed on the first comparison with the URI
	mentionsKey := func(e ast.Expr) bool {
		if keyVars == nil {
			keyVars = c.keyVars(fn, param)
		}
		return mentionsAny(info, e, keyVars)
	}
	kinds := []ast.Node{(*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.CallExpr)(nil), (*ast.IndexExpr)(nil),
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.BinaryExpr)(nil)}
	for cur := range fn.Preorder(kinds...) {
		switch n := cur.Node().(type) {
		case *ast.IfStmt:
			c.dispatchIf(d, cur, n, isKey)
		case *ast.SwitchStmt:
			c.dispatchSwitch(d, cur, n, isKey)
		case *ast.CallExpr:
			for i, arg := range n.Args {
				if isKey(arg) {
					c.dispatchCall(d, n, i, answers && c.resultUsed(cur), seen)
				}
			}
		case *ast.AssignStmt:
			c.dispatchCopies(d, fn, n.Lhs, n.Rhs, isKey, answers, seen) // key := name
		case *ast.ValueSpec:
			c.dispatchCopies(d, fn, specNames(n), n.Values, isKey, answers, seen) // var key = name
		case *ast.BinaryExpr:
			// The key compared with the URI in a way not followed above,
			// such as through a pointer: *p == URI.
			if n.Op == token.EQL || n.Op == token.NEQ {
				if isURIValue(info, n.X) && mentionsKey(n.Y) || isURIValue(info, n.Y) && mentionsKey(n.X) {
					d.compares = true
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

// keyVars returns param and the variables of fn assigned from an expression
// that mentions it or one of them (p := &name), in source order.
func (c *pkgContext) keyVars(fn inspector.Cursor, param *types.Var) map[types.Object]bool {
	info := c.pass.TypesInfo
	vars := map[types.Object]bool{param: true}
	add := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			id, ok := l.(*ast.Ident)
			if !ok || i >= len(rhs) && len(rhs) != 1 {
				continue
			}
			r := rhs[min(i, len(rhs)-1)]
			if obj := info.ObjectOf(id); obj != nil && mentionsAny(info, r, vars) {
				vars[obj] = true
			}
		}
	}
	for cur := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			add(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			if len(n.Values) > 0 {
				add(specNames(n), n.Values)
			}
		}
	}
	return vars
}

// specNames returns the names a value spec declares, as assignment targets.
func specNames(spec *ast.ValueSpec) []ast.Expr {
	lhs := make([]ast.Expr, len(spec.Names))
	for i, id := range spec.Names {
		lhs[i] = id
	}
	return lhs
}

// mentionsAny reports whether the syntax n refers to one of vars.
func mentionsAny(info *types.Info, n ast.Node, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// dispatchCopies follows the copies of the key among the assignments of rhs
// to lhs, pairwise: the copy is the key too.
func (c *pkgContext) dispatchCopies(d *dispatch, fn inspector.Cursor, lhs, rhs []ast.Expr, isKey func(ast.Expr) bool, answers bool, seen map[*types.Var]bool) {
	if len(lhs) != len(rhs) {
		return
	}
	for i, r := range rhs {
		if !isKey(r) {
			continue
		}
		if id, ok := lhs[i].(*ast.Ident); ok {
			if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
				c.dispatchInto(d, fn, v, answers, seen)
			}
		}
	}
}

// derivesKey reports whether e is the key or a standard-library function or
// conversion of it, such as strings.TrimSpace(name) or string(name).
func (c *pkgContext) derivesKey(e ast.Expr, isParam func(ast.Expr) bool) bool {
	if isParam(e) {
		return true
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	switch obj := typeutil.Callee(c.pass.TypesInfo, call).(type) {
	case *types.TypeName:
	case *types.Func:
		if !isStdlib(obj.Pkg()) {
			return false
		}
	default:
		return false
	}
	return c.derivesKey(call.Args[0], isParam)
}

// dispatchIf records the registry path of an if statement that tests the key.
func (c *pkgContext) dispatchIf(d *dispatch, cur inspector.Cursor, n *ast.IfStmt, isKey func(ast.Expr) bool) {
	eq, neq := false, false
	for _, t := range c.uriTests(d, n.Cond, isKey) {
		if t.op == token.EQL {
			eq = true
		} else {
			neq = true
		}
		d.addLiteral(c, t.uri)
	}
	if eq {
		d.roots = append(d.roots, cur.ChildAt(edge.IfStmt_Body, -1))
		if c.alwaysURI(n.Cond, isKey) && exits(n.Body.List) {
			d.exits = append(d.exits, cur)
		}
	}
	if neq {
		// The code after "if name != URI { return ... }" and its else run for
		// the URI, up to a statement that returns.
		if n.Else != nil {
			d.roots = append(d.roots, cur.ChildAt(edge.IfStmt_Else, -1))
		}
		chain := cur // the first if of an if-else-if chain
		for chain.ParentEdgeKind() == edge.IfStmt_Else {
			chain = chain.Parent()
		}
		d.addFollowing(chain)
	}
}

// addFollowing records as roots the statements after the statement at cur,
// up to one that returns: what runs after an early return for other keys.
func (d *dispatch) addFollowing(cur inspector.Cursor) {
	if k := cur.ParentEdgeKind(); k != edge.BlockStmt_List && k != edge.CaseClause_Body && k != edge.CommClause_Body {
		return
	}
	for next, ok := cur.NextSibling(); ok; next, ok = next.NextSibling() {
		d.roots = append(d.roots, next)
		if exits([]ast.Stmt{next.Node().(ast.Stmt)}) {
			break // what follows never runs
		}
	}
}

// dispatchSwitch records the case clauses of a switch that select the URI.
func (c *pkgContext) dispatchSwitch(d *dispatch, cur inspector.Cursor, n *ast.SwitchStmt, isKey func(ast.Expr) bool) {
	info := c.pass.TypesInfo
	body := cur.ChildAt(edge.SwitchStmt_Body, -1)
	var dflt inspector.Cursor
	hasDefault := false
	excludes := false // a case name != URI: the URI goes to the default, or past the switch
	for clause := range body.Children() {
		cc, ok := clause.Node().(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			dflt, hasDefault = clause, true
		}
		selects, always := false, false
		for _, e := range cc.List {
			switch {
			case n.Tag != nil && isKey(n.Tag) && isURIValue(info, e):
				selects, always = true, true
				d.addLiteral(c, e)
			case n.Tag != nil && isKey(n.Tag) && !typeChecks(info, e):
				d.forwards = true
			case n.Tag == nil:
				for _, t := range c.uriTests(d, e, isKey) {
					if t.op == token.EQL {
						selects = true
					} else if ast.Unparen(e) == t.e {
						excludes = true
					}
					d.addLiteral(c, t.uri)
				}
				always = always || c.alwaysURI(e, isKey)
			}
		}
		if selects {
			d.roots = append(d.roots, clause)
			if always && exits(cc.Body) {
				d.exits = append(d.exits, cur)
			}
		}
	}
	switch {
	case !excludes:
	case hasDefault:
		d.roots = append(d.roots, dflt)
	default:
		d.addFollowing(cur)
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

// dispatchCall follows the key passed as argument i of call. used tells
// whether State may answer the key with the call's result: only then does a
// call of code parstate cannot see forward the key. A logger or a trace hook
// that is handed the key does not answer it.
func (c *pkgContext) dispatchCall(d *dispatch, call *ast.CallExpr, i int, used bool, seen map[*types.Var]bool) {
	info := c.pass.TypesInfo
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Builtin, *types.TypeName:
		return // len(name), string(name), ...
	case *types.Func:
		if decl, ok := c.funcDecl(obj); ok {
			sig := obj.Type().(*types.Signature)
			if i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
				c.dispatchInto(d, decl, sig.Params().At(i), used, seen)
			}
			return
		}
		if obj.Name() != "State" && isStdlib(obj.Pkg()) {
			return // strings.ToLower(name), fmt.Sprint(name)
		}
	}
	if used {
		d.forwards = true // another artifact's State, or code in another package
	}
}

// resultUsed reports whether the result of the call at cur is used: the
// call has a result and is not a statement of its own nor assigned to _ alone.
// A logger or a trace hook that is handed the key is called for its effect;
// code whose result State uses (returns, stores, converts, switches on) may
// answer the key.
func (c *pkgContext) resultUsed(cur inspector.Cursor) bool {
	call := cur.Node().(*ast.CallExpr)
	if sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && sig.Results().Len() == 0 {
		return false
	}
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		return false
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
				return true
			}
		}
		return false
	}
	return true
}

// A keyTest is a comparison of the key with the URI.
type keyTest struct {
	op  token.Token // token.EQL or token.NEQ
	uri ast.Expr    // the URI's side
	e   ast.Expr    // the comparison
}

// uriTests returns the comparisons of the key with the URI in cond, looking
// through parentheses, !, && and ||. A comparison with an expression that
// does not type-check counts as forwarding: it may be the URI.
func (c *pkgContext) uriTests(d *dispatch, cond ast.Expr, isKey func(ast.Expr) bool) []keyTest {
	cond = ast.Unparen(cond)
	if b, ok := cond.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) {
		return append(c.uriTests(d, b.X, isKey), c.uriTests(d, b.Y, isKey)...)
	}
	if t, ok := c.uriTest(cond, isKey); ok {
		return []keyTest{t}
	}
	info := c.pass.TypesInfo
	if b, ok := cond.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
		if isKey(b.X) && !typeChecks(info, b.Y) || isKey(b.Y) && !typeChecks(info, b.X) {
			d.forwards = true
		}
	}
	return nil
}

// uriTest returns the comparison of the key with the URI that e is: key ==
// URI or key != URI in either order, strings.EqualFold(key, URI), or the
// negation of one of those.
func (c *pkgContext) uriTest(e ast.Expr, isKey func(ast.Expr) bool) (keyTest, bool) {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	var x, y ast.Expr
	op := token.EQL
	switch n := e.(type) {
	case *ast.UnaryExpr:
		t, ok := c.uriTest(n.X, isKey)
		if !ok || n.Op != token.NOT {
			return keyTest{}, false
		}
		t.e = e
		if t.op == token.EQL {
			t.op = token.NEQ
		} else {
			t.op = token.EQL
		}
		return t, true
	case *ast.BinaryExpr:
		if n.Op != token.EQL && n.Op != token.NEQ {
			return keyTest{}, false
		}
		x, y, op = n.X, n.Y, n.Op
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, n).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "strings" || fn.Name() != "EqualFold" || len(n.Args) != 2 {
			return keyTest{}, false
		}
		x, y = n.Args[0], n.Args[1]
	default:
		return keyTest{}, false
	}
	switch {
	case isKey(x) && isURIValue(info, y):
		return keyTest{op, y, e}, true
	case isKey(y) && isURIValue(info, x):
		return keyTest{op, x, e}, true
	}
	return keyTest{}, false
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
	return edit.IsStdlib(pkg.Path())
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// alwaysURI reports whether cond holds whenever the key is the URI: a
// comparison name == URI, possibly joined with others by ||.
func (c *pkgContext) alwaysURI(cond ast.Expr, isKey func(ast.Expr) bool) bool {
	if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok && b.Op == token.LOR {
		return c.alwaysURI(b.X, isKey) || c.alwaysURI(b.Y, isKey)
	}
	t, ok := c.uriTest(cond, isKey)
	return ok && t.op == token.EQL
}

// exits reports whether control never leaves the statement list at its end:
// it ends in a return or a panic (in every branch of a final if-else), and no
// break, goto or fallthrough can skip to what follows. A break or continue
// of a loop, switch or select inside the list stays inside it.
func exits(list []ast.Stmt) bool {
	if len(list) == 0 || !terminal(list[len(list)-1]) {
		return false
	}
	for _, s := range list {
		if jumpsOut(s, false) {
			return false
		}
	}
	return true
}

// jumpsOut reports whether n holds a goto, a fallthrough, a labeled break or
// continue, or, outside a loop, switch or select of its own (nested), an
// unlabeled break.
func jumpsOut(n ast.Node, nested bool) bool {
	breakable := func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return true
		}
		return false
	}
	nested = nested || breakable(n)
	out := false
	ast.Inspect(n, func(m ast.Node) bool {
		if out {
			return false
		}
		if m != n && breakable(m) {
			out = jumpsOut(m, true)
			return false
		}
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			out = m.Label != nil || m.Tok == token.GOTO || m.Tok == token.FALLTHROUGH || m.Tok == token.BREAK && !nested
		}
		return true
	})
	return out
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
