package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// An imageCall is a call on the registry path that builds images and
// returns an error (FromArtifact, FromMappedData, or a same-package helper
// that returns an image and an error), with what becomes of its error.
type imageCall struct {
	cur       inspector.Cursor
	stmt      ast.Node   // the statement that receives its results
	errVar    *types.Var // the variable its error goes to; nil when discarded or passed on
	discarded bool       // the error goes to _, or the call is a statement of its own
	checked   bool       // errVar is read before it is assigned again
	// errorPath holds the returns on the error path of errVar in a function
	// whose result goes to Packer as it is (State, a helper of interface
	// result): where a plain nil must be returned.
	errorPath []*ast.ReturnStmt
}

func newImageCall(c *pkgContext, cur inspector.Cursor) *imageCall {
	ic := &imageCall{cur: cur}
	ic.stmt, ic.errVar, ic.discarded = errorResult(c, cur)
	if ic.errVar != nil {
		ic.checked = isChecked(c, cur, ic.stmt, ic.errVar)
	}
	if ic.checked {
		ic.errorPath = errorPathReturns(c, cur, ic.stmt, ic.errVar)
	}
	return ic
}

// call returns the call expression.
func (ic *imageCall) call() *ast.CallExpr { return ic.cur.Node().(*ast.CallExpr) }

// errorResult returns the statement that receives the results of the call at
// cur and the variable its error goes to. discarded is true when the error
// goes to _ or the call is a statement of its own.
func errorResult(c *pkgContext, cur inspector.Cursor) (stmt ast.Node, errVar *types.Var, discarded bool) {
	parent := cur.Parent()
	var last ast.Expr
	switch p := parent.Node().(type) {
	case *ast.ExprStmt:
		return p, nil, true
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) < 2 {
			return p, nil, false
		}
		last = p.Lhs[len(p.Lhs)-1]
	case *ast.ValueSpec:
		if len(p.Values) != 1 || len(p.Names) < 2 {
			return p, nil, false
		}
		last = p.Names[len(p.Names)-1]
	default:
		return p, nil, false
	}
	id, ok := last.(*ast.Ident)
	if !ok {
		return parent.Node(), nil, false // an error stored in a field or map: not ours to follow
	}
	if id.Name == "_" {
		return parent.Node(), nil, true
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return parent.Node(), v, false
}

// isChecked reports whether errVar, assigned by stmt, is read before it is
// assigned again. Reads are taken in source order; a read earlier in an
// enclosing loop counts too.
func isChecked(c *pkgContext, cur inspector.Cursor, stmt ast.Node, errVar *types.Var) bool {
	fn, _, ok := c.enclosingFunc(cur)
	if !ok {
		return true
	}
	info := c.pass.TypesInfo
	readBefore := false
	for id := range fn.Preorder((*ast.Ident)(nil)) {
		n := id.Node().(*ast.Ident)
		if info.ObjectOf(n) != errVar || n.Pos() >= stmt.Pos() && n.End() <= stmt.End() {
			continue
		}
		written := id.ParentEdgeKind() == edge.AssignStmt_Lhs
		if n.Pos() > stmt.End() {
			if written {
				return false
			}
			if isLogArg(info, id) {
				continue // logging the error is not checking it
			}
			return true
		}
		if !written {
			readBefore = true
		}
	}
	return readBefore && inLoop(cur)
}

// isLogArg reports whether the identifier at cur is an argument of a call to
// the log, fmt or log/slog packages.
func isLogArg(info *types.Info, cur inspector.Cursor) bool {
	if cur.ParentEdgeKind() != edge.CallExpr_Args {
		return false
	}
	fn := typeutil.StaticCallee(info, cur.Parent().Node().(*ast.CallExpr))
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "log", "fmt", "log/slog":
		return true
	}
	return false
}

// inLoop reports whether cur is inside a loop of its function.
func inLoop(cur inspector.Cursor) bool {
	for anc := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch anc.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		}
		return false
	}
	return false
}

// errorPathReturns returns the returns, on the error path of errVar, of the
// function around the call at cur when its result goes to Packer as it is.
// The error path is an if that tests errVar after stmt, the statement that
// assigns it from the call, in the same statement list (or the if whose init
// stmt is) and before a statement of that list assigns errVar again: a later
// test of a reused err is about another call, for another key.
func errorPathReturns(c *pkgContext, cur inspector.Cursor, stmt ast.Node, errVar *types.Var) []*ast.ReturnStmt {
	fn, sig, ok := c.enclosingFunc(cur)
	if !ok || !singleInterfaceResult(sig) {
		return nil
	}
	info := c.pass.TypesInfo
	at, ok := fn.FindNode(stmt)
	if !ok {
		return nil
	}
	// The statement that holds the call (var img, err = f() is a spec of a
	// declaration statement), and around it the if it is the init of, or
	// the block it is a statement of.
	for _, isStmt := at.Node().(ast.Stmt); !isStmt; _, isStmt = at.Node().(ast.Stmt) {
		at = at.Parent()
	}
	scope := at.Parent()
	from, to := stmt.End(), nextWrite(info, scope, errVar, stmt.End())
	var rets []*ast.ReturnStmt
	scope.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.IfStmt)(nil)}, func(ifCur inspector.Cursor) bool {
		ifs, ok := ifCur.Node().(*ast.IfStmt)
		if !ok {
			return false // a closure's error paths are its own
		}
		if ifs.Cond.Pos() < from || ifs.Cond.Pos() >= to {
			return true
		}
		var errPath inspector.Cursor
		switch errTest(info, ifs.Cond, errVar) {
		case token.NEQ:
			errPath = ifCur.ChildAt(edge.IfStmt_Body, -1)
		case token.EQL:
			if ifs.Else == nil {
				return true
			}
			errPath = ifCur.ChildAt(edge.IfStmt_Else, -1)
		default:
			return true
		}
		errPath.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(r inspector.Cursor) bool {
			if ret, ok := r.Node().(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
				rets = append(rets, ret)
			}
			return false
		})
		return true
	})
	return rets
}

// nextWrite returns the position of the first assignment to v after pos by
// a statement of scope itself, or the end of scope. An assignment in a
// nested block may not run (if err == nil { err = img.Validate() }), so the
// error paths after it are still the call's.
func nextWrite(info *types.Info, scope inspector.Cursor, v *types.Var, pos token.Pos) token.Pos {
	for id := range scope.Preorder((*ast.Ident)(nil)) {
		n := id.Node().(*ast.Ident)
		if n.Pos() > pos && id.ParentEdgeKind() == edge.AssignStmt_Lhs && info.ObjectOf(n) == v && id.Parent().Parent() == scope {
			return n.Pos()
		}
	}
	return scope.Node().End()
}

// errTest returns token.NEQ when cond tests errVar != nil (possibly among
// other conditions joined by ||), token.EQL for errVar == nil, and
// token.ILLEGAL otherwise.
func errTest(info *types.Info, cond ast.Expr, errVar *types.Var) token.Token {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return token.ILLEGAL
	}
	switch b.Op {
	case token.LOR:
		if errTest(info, b.X, errVar) == token.NEQ || errTest(info, b.Y, errVar) == token.NEQ {
			return token.NEQ
		}
	case token.LAND:
		if errTest(info, b.X, errVar) == token.EQL || errTest(info, b.Y, errVar) == token.EQL {
			return token.EQL
		}
	case token.NEQ, token.EQL:
		isErr := func(e ast.Expr) bool {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && info.Uses[id] == errVar
		}
		if isErr(b.X) && isNil(info, b.Y) || isErr(b.Y) && isNil(info, b.X) {
			return b.Op
		}
	}
	return token.ILLEGAL
}
