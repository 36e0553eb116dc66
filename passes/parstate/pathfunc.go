package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A pathFunc is a function on the registry path and what of it runs.
type pathFunc struct {
	cur   inspector.Cursor // its declaration or literal
	name  string           // for messages
	sig   *types.Signature
	flow  *funcFlow
	en    env    // the key-derived values of its parameters
	other env    // the same parameters, bound for another key
	reach *reach // what runs for the URI

	otherAll env // en with every parameter bound elsewhere, for dependsOnKey
}

func (c *pkgContext) newPathFunc(cur inspector.Cursor, en, other env) *pathFunc {
	pf := &pathFunc{cur: cur, en: en, other: other, flow: c.flowOf(cur.Node())}
	pf.name = funcName(cur.Node())
	if _, sig, ok := c.enclosingFunc(cur); ok {
		pf.sig = sig
	}
	if pf.sig == nil {
		pf.sig = types.NewSignatureType(nil, nil, nil, nil, nil, false)
	}
	pf.reach = pf.flow.reach(c.eval, en, 0)
	return pf
}

// keyVars returns the parameters bound to the key and the variables
// assigned from an expression that mentions one of them (p := &name), in
// source order.
func (pf *pathFunc) keyVars(c *pkgContext) map[types.Object]bool {
	info := c.pass.TypesInfo
	vars := map[types.Object]bool{}
	for v := range pf.en {
		vars[v] = true
	}
	add := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			id, ok := l.(*ast.Ident)
			if !ok || len(rhs) == 0 || i >= len(rhs) && len(rhs) != 1 {
				continue
			}
			if obj := info.ObjectOf(id); obj != nil && mentionsAny(info, rhs[min(i, len(rhs)-1)], vars) {
				vars[obj] = true
			}
		}
	}
	for cur := range pf.cur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			add(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			add(specNames(n), n.Values)
		}
	}
	return vars
}

// dependsOnKey reports whether e holds a value derived from the key.
func (pf *pathFunc) dependsOnKey(c *pkgContext, e ast.Expr) bool {
	if pf.otherAll == nil {
		pf.otherAll = otherOf(pf.en)
	}
	_, ok := c.eval.keyed(e, pf.en, pf.otherAll, 0)
	return ok
}

// inspect calls f, in preorder, for each node of pf that runs for the URI,
// not descending into function literals (f sees the literal itself) nor
// where f returns false.
func (pf *pathFunc) inspect(c *pkgContext, f func(inspector.Cursor) bool) {
	var visit func(cur inspector.Cursor) bool
	visit = func(cur inspector.Cursor) bool {
		if graphNode(cur) {
			if b, ok := pf.flow.block[cur.Node()]; ok && !pf.reach.live[b.Index] {
				return false
			}
		}
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			f(cur)
			return false
		case *ast.BinaryExpr:
			if pf.shortCircuits(c, n) {
				// Y never runs for the URI: only X is on the path.
				if f(cur) {
					cur.ChildAt(edge.BinaryExpr_X, -1).Inspect(nil, visit)
				}
				return false
			}
		}
		return f(cur)
	}
	pf.cur.ChildAt(bodyEdge(pf.cur.Node()), -1).Inspect(nil, visit)
}

// shortCircuits reports whether e is an && whose left operand is false, or
// an || whose left operand is true, under pf's env: its right operand is
// never evaluated.
func (pf *pathFunc) shortCircuits(c *pkgContext, e *ast.BinaryExpr) bool {
	switch e.Op {
	case token.LAND:
		return c.eval.cond(e.X, pf.en, 0) == no
	case token.LOR:
		return c.eval.cond(e.X, pf.en, 0) == yes
	}
	return false
}

// graphNode reports whether the node at cur may be a node of a block of
// the control-flow graph: a statement, a value spec, or an expression that
// go/cfg adds on its own (a condition, a switch tag or case, a range
// operand, the variable a select case receives into). Only those need a
// look-up. go/cfg keeps a condition's && and || in one node.
func graphNode(cur inspector.Cursor) bool {
	switch cur.Node().(type) {
	case ast.Stmt, *ast.ValueSpec:
		return true
	case ast.Expr:
		switch cur.ParentEdgeKind() {
		case edge.IfStmt_Cond, edge.ForStmt_Cond, edge.SwitchStmt_Tag, edge.CaseClause_List,
			edge.RangeStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value, edge.AssignStmt_Lhs:
			return true
		}
	}
	return false
}

// bodyEdge returns the edge to the body of a function declaration or literal.
func bodyEdge(n ast.Node) edge.Kind {
	if _, ok := n.(*ast.FuncLit); ok {
		return edge.FuncLit_Body
	}
	return edge.FuncDecl_Body
}
