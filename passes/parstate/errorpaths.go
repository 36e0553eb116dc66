package parstate

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// This file finds the error paths of the calls that build images, from the
// control-flow graph: every path on which the call's error is non-nil,
// however the code tests it (if err != nil, if err == nil { return img }
// followed by code after the if, else branches, && and || with other
// conditions, a tagless switch, early returns), up to where the error
// variable is assigned again.

// An imageCall is a call on the registry path that builds images and
// returns an error (FromArtifact, FromMappedData, or a same-package helper
// that returns an image and an error), with what becomes of its error.
type imageCall struct {
	cur       inspector.Cursor
	pf        *pathFunc
	stmt      ast.Node   // the statement that receives its results
	errVar    *types.Var // the variable its error goes to; nil when discarded or passed on
	imgVar    *types.Var // the variable its image goes to, or nil
	discarded bool       // the error goes to _, or the call is a statement of its own
	checked   bool       // a read of errVar decides something before errVar is assigned again
	// onlyOnError holds the returns that run only when the call failed.
	onlyOnError map[*ast.ReturnStmt]bool
	// errorPath holds those of onlyOnError, in a function whose result goes
	// to Packer as it is (State, a helper of interface result), that return
	// one value: where a plain nil must be returned.
	errorPath []*ast.ReturnStmt
	// shared holds those of errorPath that the success path runs too: a
	// return of the image after a test of the error that does not return.
	shared []*ast.ReturnStmt
	// nilAppend is an append of the image that runs after the call failed:
	// a nil image in the slice fails the build's HCP Packer step.
	nilAppend *ast.CallExpr
}

func newImageCall(c *pkgContext, pf *pathFunc, cur inspector.Cursor) *imageCall {
	ic := &imageCall{cur: cur, pf: pf, onlyOnError: map[*ast.ReturnStmt]bool{}}
	ic.stmt, ic.errVar, ic.imgVar, ic.discarded = errorResult(c, cur)
	b, at, ok := pf.flow.nodeIndex(cur)
	if !ok {
		ic.checked = true // not a node parstate follows: take it as checked
		return ic
	}
	ic.checked = ic.errVar == nil // an error passed on as it is is its taker's
	defer func() {
		// What the model finds of the error's uses decides, where it can
		// tell: a use of it that decides something checks it.
		if m := c.modelOf(); m != nil && !ic.discarded {
			if checked, known := m.ErrorChecked(pf.cur.Node(), ic.call().Lparen); known {
				ic.checked = checked
			}
		}
	}()
	if m := c.modelOf(); m != nil {
		if f := m.Failure(pf.cur.Node(), ic.call().Lparen); f.Known {
			ic.fromModel(c, f)
			return ic
		}
	}
	if ic.errVar != nil {
		failed := ic.explore(c, b, at, true, ic.errVar)
		succeeded := ic.explore(c, b, at, false, ic.errVar)
		ic.checked = failed.decides
		for ret := range failed.returns {
			toPacker := len(ret.Results) == 1 && singleInterfaceResult(pf.sig)
			switch {
			case !succeeded.returns[ret]:
				ic.onlyOnError[ret] = true
				if toPacker {
					ic.errorPath = append(ic.errorPath, ret)
				}
			case toPacker && failed.tested && ic.imgVar != nil && isVar(c.pass.TypesInfo, ret.Results[0], ic.imgVar):
				// A return of the image that both paths run: on the
				// failure path it hands Packer the failed call's nil.
				ic.errorPath = append(ic.errorPath, ret)
				ic.shared = append(ic.shared, ret)
			}
		}
		slices.SortFunc(ic.errorPath, func(x, y *ast.ReturnStmt) int { return int(x.Pos() - y.Pos()) })
	}
	if ic.imgVar != nil {
		ic.nilAppend = ic.explore(c, b, at, true, ic.errVar, ic.imgVar).appends
	}
	return ic
}

// call returns the call expression.
func (ic *imageCall) call() *ast.CallExpr { return ic.cur.Node().(*ast.CallExpr) }

// A trace is what runs after the call, under an assumption about its error.
type trace struct {
	returns map[*ast.ReturnStmt]bool
	decides bool          // a read of the error decides something
	tested  bool          // a condition on the error took one branch
	appends *ast.CallExpr // an append of the image
}

// explore follows the graph from the node after index at of block b
// assuming the call failed or not: a test of the error takes one branch. It
// stops where one of stops is assigned again.
func (ic *imageCall) explore(c *pkgContext, b *cfg.Block, at int, failed bool, stops ...*types.Var) *trace {
	t := &trace{returns: map[*ast.ReturnStmt]bool{}}
	decide := func(e, tag ast.Expr) truth {
		tr := nilTruth(c.pass.TypesInfo, ic.errVar, e, tag, !failed)
		t.tested = t.tested || tr != unknown
		return tr
	}
	traceFrom(c, ic.pf.flow, ic.pf.reach, b, at, decide, stops, func(n ast.Node) { ic.note(c, t, n) })
	return t
}

// traceFrom calls visit for each node that runs after the node at index at
// of block b, in blocks r reaches, where decide takes one branch of the
// conditions it decides, up to an assignment of one of stops.
func traceFrom(c *pkgContext, f *funcFlow, r *reach, b *cfg.Block, at int, decide func(e, tag ast.Expr) truth, stops []*types.Var, visit func(ast.Node)) {
	seen := map[int32]bool{}
	var walk func(b *cfg.Block, from int)
	walk = func(b *cfg.Block, from int) {
		for _, n := range b.Nodes[from:] {
			visit(n)
			if writesAny(c.pass.TypesInfo, n, stops) {
				return
			}
		}
		succs := b.Succs
		if e := condOf(b); e != nil {
			switch decide(e, f.tags[e]) {
			case yes:
				succs = succs[:1]
			case no:
				succs = succs[1:]
			}
		}
		for _, s := range succs {
			if r.live[s.Index] && !seen[s.Index] {
				seen[s.Index] = true
				walk(s, 0)
			}
		}
	}
	walk(b, at+1)
}

// nodeIndex returns the block of f that holds the node around cur, and its
// index there.
func (f *funcFlow) nodeIndex(cur inspector.Cursor) (*cfg.Block, int, bool) {
	for ; cur.Node() != nil && cur.Node() != f.node; cur = cur.Parent() {
		if b, ok := f.block[cur.Node()]; ok {
			for i, n := range b.Nodes {
				if n == cur.Node() {
					return b, i, true
				}
			}
		}
	}
	return nil, 0, false
}

// nilTruth returns whether the condition e (a case of a switch on tag, when
// tag is not nil) holds when v is nil, or when it is not: a comparison of v
// with nil, possibly negated or joined with others.
func nilTruth(info *types.Info, v *types.Var, e, tag ast.Expr, isNilV bool) truth {
	if v == nil {
		return unknown
	}
	if tag != nil {
		if isVar(info, tag, v) && isNil(info, e) {
			return truthOf(isNilV)
		}
		return unknown
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return nilTruth(info, v, e.X, nil, isNilV).not()
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			x, y := nilTruth(info, v, e.X, nil, isNilV), nilTruth(info, v, e.Y, nil, isNilV)
			if e.Op == token.LAND {
				return and(x, y)
			}
			return or(x, y)
		case token.EQL, token.NEQ:
			if isVar(info, e.X, v) && isNil(info, e.Y) || isVar(info, e.Y, v) && isNil(info, e.X) {
				return truthOf(isNilV == (e.Op == token.EQL))
			}
		}
	}
	return unknown
}

// writesAny reports whether the node n assigns one of vars.
func writesAny(info *types.Info, n ast.Node, vars []*types.Var) bool {
	var lhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs = n.Lhs
	case *ast.ValueSpec:
		lhs = specNames(n)
	case *ast.RangeStmt:
		lhs = []ast.Expr{n.Key, n.Value}
	default:
		return false
	}
	for _, l := range lhs {
		for _, v := range vars {
			if v != nil && l != nil && isVar(info, l, v) {
				return true
			}
		}
	}
	return false
}

// isVar reports whether e is the variable v.
func isVar(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.ObjectOf(id) == v
}

// errorResult returns the statement that receives the results of the call at
// cur and the variables its error and its image go to. discarded is true
// when the error goes to _ or the call is a statement of its own.
func errorResult(c *pkgContext, cur inspector.Cursor) (stmt ast.Node, errVar, imgVar *types.Var, discarded bool) {
	parent := cur.Parent()
	var lhs []ast.Expr
	switch p := parent.Node().(type) {
	case *ast.ExprStmt:
		return p, nil, nil, true
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) < 2 {
			return p, nil, nil, false
		}
		lhs = p.Lhs
	case *ast.ValueSpec:
		if len(p.Values) != 1 || len(p.Names) < 2 {
			return p, nil, nil, false
		}
		lhs = specNames(p)
	default:
		return parent.Node(), nil, nil, false
	}
	info := c.pass.TypesInfo
	if id, ok := lhs[0].(*ast.Ident); ok && id.Name != "_" {
		imgVar, _ = info.ObjectOf(id).(*types.Var)
	}
	id, ok := lhs[len(lhs)-1].(*ast.Ident)
	if !ok {
		return parent.Node(), nil, imgVar, false // an error stored in a field or map: not ours to follow
	}
	if id.Name == "_" {
		return parent.Node(), nil, imgVar, true
	}
	errVar, _ = info.ObjectOf(id).(*types.Var)
	return parent.Node(), errVar, imgVar, false
}

// isLogCall reports whether call calls a function of the log, fmt or
// log/slog packages, or a method named like a logger's.
func isLogCall(info *types.Info, call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			switch sel.Sel.Name {
			case "Debug", "Info", "Warn", "Error", "Trace", "Printf", "Println", "Print", "Say", "Message":
				return true
			}
		}
		return false
	}
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "log", "fmt", "log/slog":
		return fn.Name() != "Errorf"
	}
	return false
}

// specNames returns the names a value spec declares, as assignment targets.
func specNames(spec *ast.ValueSpec) []ast.Expr {
	lhs := make([]ast.Expr, len(spec.Names))
	for i, id := range spec.Names {
		lhs[i] = id
	}
	return lhs
}

// note records what the node n does with the call's results.
func (ic *imageCall) note(c *pkgContext, t *trace, n ast.Node) {
	info := c.pass.TypesInfo
	if ret, ok := n.(*ast.ReturnStmt); ok {
		t.returns[ret] = true
	}
	read := func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && ic.errVar != nil && info.Uses[id] == ic.errVar {
			t.decides = true
		}
		return true
	}
	var visit func(m ast.Node) bool
	visit = func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, r := range m.Rhs {
				ast.Inspect(r, visit)
			}
			for _, l := range m.Lhs {
				if _, ok := l.(*ast.Ident); !ok {
					ast.Inspect(l, visit)
				}
			}
			return false
		case *ast.CallExpr:
			if isLogCall(info, m) {
				return false // logging the error is not checking it
			}
			if t.appends == nil && ic.imgVar != nil && isAppendOf(info, m, ic.imgVar) {
				t.appends = m
			}
		}
		return read(m)
	}
	ast.Inspect(n, visit)
}

// isAppendOf reports whether call appends v to a slice.
func isAppendOf(info *types.Info, call *ast.CallExpr, v *types.Var) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || id.Name != "append" || len(call.Args) < 2 {
		return false
	}
	if _, builtin := info.Uses[id].(*types.Builtin); !builtin {
		return false
	}
	for _, a := range call.Args[1:] {
		if isVar(info, a, v) {
			return true
		}
	}
	return false
}
