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
	v     view   // what the model knows of it for the URI
	reach *reach // what runs for the URI
	// recovered: in every context the URI runs it in, a deferred
	// function recovers a panic.
	recovered bool
}

func (c *pkgContext) newPathFunc(cur inspector.Cursor, v view) *pathFunc {
	pf := &pathFunc{cur: cur, v: v, flow: c.flowOf(cur.Node())}
	pf.name = funcName(cur.Node())
	if _, sig, ok := c.enclosingFunc(cur); ok {
		pf.sig = sig
	}
	if pf.sig == nil {
		pf.sig = types.NewSignatureType(nil, nil, nil, nil, nil, false)
	}
	pf.reach = pf.flow.reach(v)
	return pf
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
// an || whose left operand is true, for the URI: its right operand is
// never evaluated.
func (pf *pathFunc) shortCircuits(c *pkgContext, e *ast.BinaryExpr) bool {
	switch e.Op {
	case token.LAND:
		return pf.v.cond(e.X) == no
	case token.LOR:
		return pf.v.cond(e.X) == yes
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
