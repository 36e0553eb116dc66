package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// This file follows every value State returns for the URI back through
// variables and same-package code, to the expressions that make it: what
// reaches Packer.

// An answer is an expression whose value a return of State hands to Packer.
type answer struct {
	ret  *ast.ReturnStmt // State's return
	leaf ast.Expr        // the expression that makes the value
	fn   string          // the function whose code leaf is, for messages
	via  *types.Func     // the same-package function the value last came out of, or nil
	// typed: the value passed through a variable or result of pointer or
	// slice type, so a nil there is a typed nil.
	typed bool
	// onErr: leaf is returned only on an image call's error path.
	onErr bool
	// guarded: a nil leaf cannot reach State's return (a nil check, or an
	// error check of the call that made it, is on the way); ignored: the
	// error of that call is discarded, which error-ignored reports.
	guarded, ignored bool
}

// answersOf returns the answers of State, pf, for the URI, leaving out its
// returns that run only on an error path (error-return's).
func (c *pkgContext) answersOf(pf *pathFunc, errorReturns map[*ast.ReturnStmt]bool) []answer {
	var out []answer
	for _, ret := range pf.flow.reachedReturns(pf.v) {
		if len(ret.Results) != 1 || errorReturns[ret] {
			continue
		}
		w := &valueWalk{c: c, ret: ret, errorReturns: errorReturns, seen: map[any]bool{}}
		w.walk(ret.Results[0], flowState{fn: pf.cur, v: pf.v, name: pf.name, at: ret})
		out = append(out, w.out...)
	}
	return out
}

// A valueWalk follows one return's value to its leaves.
type valueWalk struct {
	c            *pkgContext
	ret          *ast.ReturnStmt
	errorReturns map[*ast.ReturnStmt]bool
	seen         map[any]bool
	out          []answer
}

// A flowState is where a valueWalk is and what it knows of the value.
type flowState struct {
	fn   inspector.Cursor // the function of the expression walked
	v    view             // what the model knows of it
	name string
	via  *types.Func
	at   *ast.ReturnStmt // the return of fn whose value is walked
	// as in answer
	typed, onErr, guarded, ignored bool
}

func (w *valueWalk) leaf(e ast.Expr, st flowState) {
	w.out = append(w.out, answer{w.ret, e, st.name, st.via, st.typed, st.onErr, st.guarded, st.ignored})
}

// walk follows e to its leaves.
func (w *valueWalk) walk(e ast.Expr, st flowState) {
	info := w.c.pass.TypesInfo
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || w.seen[v] {
			w.leaf(e, st)
			return
		}
		w.seen[v] = true
		defs := w.c.definitions(st.fn, st.v, v)
		if len(defs) == 0 {
			w.leaf(e, st)
			return
		}
		st.typed = st.typed || nilableConcrete(v.Type())
		for _, d := range defs {
			dst := st
			dst.guarded = st.guarded || !w.c.nilReaches(st.fn, st.v, d.node, v, st.at, true)
			if d.call != nil {
				if d.err != nil {
					dst.guarded = dst.guarded || !w.c.nilReaches(st.fn, st.v, d.node, d.err, st.at, false)
				}
				dst.ignored = st.ignored || d.errIgnored
				w.callResult(d.call, d.index, dst)
			} else {
				w.walk(d.value, dst)
			}
		}
	case *ast.CallExpr:
		if !w.callResult(x, 0, st) {
			w.leaf(e, st)
		}
	default:
		w.leaf(e, st)
	}
}

// callResult follows result index of call into the same-package functions
// it may call, and reports whether there were any.
func (w *valueWalk) callResult(call *ast.CallExpr, index int, st flowState) bool {
	targets := w.c.callees(st.v, call.Lparen)
	if len(targets) == 0 {
		if index == 0 {
			w.leaf(call, st)
		}
		return index == 0
	}
	for _, t := range targets {
		if w.seen[t.cur.Node()] {
			continue
		}
		w.seen[t.cur.Node()] = true
		_, sig, ok := w.c.enclosingFunc(t.cur.ChildAt(bodyEdge(t.cur.Node()), -1))
		if !ok || index >= sig.Results().Len() {
			continue
		}
		inner := st
		inner.fn, inner.v, inner.name = t.cur, t.v, funcName(t.cur.Node())
		inner.typed = st.typed || nilableConcrete(sig.Results().At(index).Type())
		if fd, ok := t.cur.Node().(*ast.FuncDecl); ok {
			inner.via, _ = w.c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		}
		flow := w.c.flowOf(t.cur.Node())
		for _, ret := range flow.reachedReturns(t.v) {
			rst := inner
			rst.at, rst.onErr = ret, st.onErr || w.c.onlyOnError(t.cur, t.v, ret)
			if len(ret.Results) == sig.Results().Len() {
				w.walk(ret.Results[index], rst)
			} else if len(ret.Results) == 1 && sig.Results().Len() > 1 {
				if c, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
					w.callResult(c, index, rst)
				}
			}
		}
	}
	return true
}

// nilReaches reports whether the return at runs after the definition at
// def, of the function at fn, with v nil (isNilV) or not: a test of v on
// the way may take the other branch. An unknown position reaches.
func (c *pkgContext) nilReaches(fn inspector.Cursor, v view, def inspector.Cursor, x *types.Var, at *ast.ReturnStmt, isNilV bool) bool {
	flow := c.flowOf(fn.Node())
	b, i, ok := flow.nodeIndex(def)
	if !ok || at == nil {
		return true
	}
	found := false
	decide := func(e, tag ast.Expr) truth { return nilTruth(c.pass.TypesInfo, x, e, tag, isNilV) }
	traceFrom(c, flow, flow.reach(v), b, i, decide, []*types.Var{x}, func(n ast.Node) {
		found = found || n == at
	})
	return found
}

// onlyOnError reports whether ret, in the function at fn, runs only when an
// image call before it failed. The registry path records its own functions
// (recordErrorOnly); another function is traced on first use.
func (c *pkgContext) onlyOnError(fn inspector.Cursor, v view, ret *ast.ReturnStmt) bool {
	key := errorOnlyKey{fn.Node(), v.key()}
	rets, ok := c.errorOnly[key]
	if !ok {
		pf := c.newPathFunc(fn, v)
		var calls []*imageCall
		pf.inspect(c, func(cur inspector.Cursor) bool {
			if call, ok := cur.Node().(*ast.CallExpr); ok && c.isImageCall(call) {
				calls = append(calls, newImageCall(c, pf, cur))
			}
			return true
		})
		rets = c.recordErrorOnly(pf, calls)
	}
	return rets[ret]
}

// recordErrorOnly records, for onlyOnError, the returns of pf that run only
// when one of calls, the image calls of pf, failed, and returns them.
func (c *pkgContext) recordErrorOnly(pf *pathFunc, calls []*imageCall) map[*ast.ReturnStmt]bool {
	key := errorOnlyKey{pf.cur.Node(), pf.v.key()}
	if rets, ok := c.errorOnly[key]; ok {
		return rets
	}
	rets := map[*ast.ReturnStmt]bool{}
	for _, ic := range calls {
		if ic.pf == pf {
			for r := range ic.onlyOnError {
				rets[r] = true
			}
		}
	}
	c.errorOnly[key] = rets
	return rets
}

// An errorOnlyKey identifies a function in a view, for onlyOnError.
type errorOnlyKey struct {
	fn   ast.Node
	view string
}

// isImageCall reports whether call builds images and returns an error.
func (c *pkgContext) isImageCall(call *ast.CallExpr) bool {
	switch imageFunc(c.pass.TypesInfo, call) {
	case fromArtifactName, fromMappedName:
		return true
	case "":
		return c.isImageHelperCall(call)
	}
	return false
}

// A definition is an assignment of a value to a variable: value, or result
// index of call.
type definition struct {
	value      ast.Expr
	call       *ast.CallExpr
	index      int
	node       inspector.Cursor // the assignment
	err        *types.Var       // the variable the call's error goes to
	errIgnored bool             // the call's error goes to _
}

// definitions returns the assignments to v, in the function at fn, that run
// under en; a declaration without a value defines the zero value, which
// for a nilable type is nil.
func (c *pkgContext) definitions(fn inspector.Cursor, vw view, v *types.Var) []definition {
	info := c.pass.TypesInfo
	flow := c.flowOf(fn.Node())
	r := flow.reach(vw)
	var defs []definition
	var node inspector.Cursor
	add := func(lhs, rhs []ast.Expr) {
		n0 := len(defs)
		defer func() {
			for j := n0; j < len(defs); j++ {
				defs[j].node = node
			}
		}()
		for i, l := range lhs {
			if !isVar(info, l, v) {
				continue
			}
			switch {
			case len(lhs) == len(rhs):
				defs = append(defs, definition{value: rhs[i]})
			case len(rhs) == 1:
				if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
					d := definition{call: call, index: i}
					if last, ok := lhs[len(lhs)-1].(*ast.Ident); ok && i < len(lhs)-1 {
						d.errIgnored = last.Name == "_"
						if ev, ok := info.ObjectOf(last).(*types.Var); ok && isErrorType(ev.Type()) {
							d.err = ev
						}
					}
					defs = append(defs, d)
				} else {
					defs = append(defs, definition{value: l}) // comma-ok: opaque
				}
			case len(rhs) == 0 && nilableConcrete(v.Type()):
				defs = append(defs, definition{value: ast.NewIdent("nil")})
			default:
				defs = append(defs, definition{value: l})
			}
		}
	}
	body := fn.ChildAt(bodyEdge(fn.Node()), -1)
	body.Inspect(nil, func(cur inspector.Cursor) bool {
		if _, ok := flow.block[cur.Node()]; ok && !flow.runs(r, cur) {
			return false
		}
		node = cur
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			add(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			add(specNames(n), n.Values)
		case *ast.RangeStmt:
			add([]ast.Expr{n.Key, n.Value}, nil)
		}
		return true
	})
	return defs
}

// nilableConcrete reports whether t is a pointer or a slice type: a nil of
// it, stored in an interface, is a typed nil.
func nilableConcrete(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map:
		return true
	}
	return false
}
