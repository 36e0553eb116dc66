package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file follows each value a return of State hands Packer, on one
// side, back through conversions, phis, the results of the package's own
// functions in the contexts the side runs them in, and the variables the
// function stores them to (a named result a deferred closure sets), to the
// instructions that make it: the answers.

// An Answer is a value that a return of State hands Packer.
type Answer struct {
	// Ret is the position of State's return; NoPos for the return the SSA
	// builder makes where a deferred function recovers a panic.
	Ret token.Pos
	// Expr is the syntax that makes the value, when it has one; Nil is
	// set for a nil, Type is the value's type where it is made.
	Expr ast.Expr
	Nil  bool
	Type types.Type
	// Via are the returns of the package's functions the value came out
	// of, State's callee first.
	Via []Step
	// Typed: a nil of pointer, slice or map type went into an interface
	// on the way, so it reaches Packer as a typed nil.
	Typed bool
	// Guarded: a test on the way (of the value against nil, or of the
	// error of the call that made it) keeps a nil from reaching State's
	// return.
	Guarded bool
	// Ignored: it comes from a call whose error nothing uses.
	Ignored bool
}

// A Step is a return of one of the package's functions that a value came
// out of.
type Step struct {
	Func ast.Node // the function's syntax
	Obj  *types.Func
	Ret  token.Pos
	Ctx  *Context
}

// Answers returns what the returns of c's function, run on side s, hand
// their caller, in the order of the function's blocks.
func (c *Context) Answers(s Side) (out []Answer) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	for _, b := range c.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || !c.live[s][b.Index] || len(ret.Results) != 1 {
			continue
		}
		t := &tracer{s: s, seen: map[traceKey]bool{}, ret: ret.Pos()}
		t.trace(ret.Results[0], c, b, traceState{})
		out = append(out, t.out...)
	}
	return out
}

// A tracer follows one return's value to its leaves.
type tracer struct {
	s    Side
	ret  token.Pos
	seen map[traceKey]bool
	out  []Answer
}

type traceKey struct {
	v   ssa.Value
	ctx *Context
}

// A traceState is what the tracer knows of the value where it is.
type traceState struct {
	via                    []Step
	typed, guarded, ignore bool
}

func (t *tracer) trace(v ssa.Value, c *Context, at *ssa.BasicBlock, st traceState) {
	if t.seen[traceKey{v, c}] {
		return
	}
	t.seen[traceKey{v, c}] = true
	defer delete(t.seen, traceKey{v, c})
	st.guarded = st.guarded || nonNilAt(v, at)
	switch x := v.(type) {
	case *ssa.MakeInterface:
		st.typed = st.typed || nilable(x.X.Type())
		t.trace(x.X, c, at, st)
		return
	case *ssa.ChangeInterface:
		t.trace(x.X, c, at, st)
		return
	case *ssa.ChangeType:
		t.trace(x.X, c, at, st)
		return
	case *ssa.Phi:
		for i, e := range x.Edges {
			if p := x.Block().Preds[i]; c.edges[t.s][[2]int{p.Index, x.Block().Index}] {
				t.trace(e, c, p, st)
			}
		}
		return
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && t.callResult(call, x.Index, c, st) {
			return
		}
	case *ssa.Call:
		if t.callResult(x, 0, c, st) {
			return
		}
	case *ssa.UnOp:
		if alloc, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL && t.stored(alloc, c, st) {
			return
		}
	}
	t.leaf(v, c, st)
}

// callResult follows result index of call into the functions of the
// package it runs on the tracer's side, and reports whether there were any.
func (t *tracer) callResult(call *ssa.Call, index int, c *Context, st traceState) bool {
	st.ignore = st.ignore || errorUnused(call)
	cs := c.callees[call]
	if cs == nil || len(cs[t.s]) == 0 {
		if index == 0 {
			return false
		}
		t.leaf(call, c, st) // a result of code the model does not follow
		return true
	}
	for _, x := range cs[t.s] {
		for _, b := range x.fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || !x.live[t.s][b.Index] || index >= len(ret.Results) {
				continue
			}
			inner := st
			inner.via = append(append([]Step(nil), st.via...), Step{Func: x.fn.Syntax(), Obj: funcObj(x.fn), Ret: ret.Pos(), Ctx: x})
			inner.typed = st.typed || nilable(ret.Results[index].Type())
			t.trace(ret.Results[index], x, b, inner)
		}
	}
	return true
}

// stored follows a local variable (a named result, or one whose address
// is taken) to the values stored to it on the tracer's side, and reports
// whether it could: every use of it is a load or a store in its function.
func (t *tracer) stored(alloc *ssa.Alloc, c *Context, st traceState) bool {
	var stores []*ssa.Store
	for _, ref := range referrers(alloc) {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr != alloc {
				return false
			}
			stores = append(stores, ref)
		case *ssa.UnOp, *ssa.DebugRef:
		default:
			return false // captured by a closure, or passed on
		}
	}
	found := false
	for _, s := range stores {
		if c.live[t.s][s.Block().Index] {
			t.trace(s.Val, c, s.Block(), st)
			found = true
		}
	}
	return found
}

// leaf records v, made in c, as an answer.
func (t *tracer) leaf(v ssa.Value, c *Context, st traceState) {
	a := Answer{Ret: t.ret, Via: st.via, Guarded: st.guarded, Ignored: st.ignore, Type: v.Type()}
	if k, ok := v.(*ssa.Const); ok && k.IsNil() {
		a.Nil, a.Typed = true, st.typed
	}
	a.Expr, _ = c.p.refsOf(c.fn).exprOf(v)
	t.out = append(t.out, a)
}

// nonNilAt reports whether a test that v is not nil, or that the error of
// the call v comes from is nil, dominates the block at.
func nonNilAt(v ssa.Value, at *ssa.BasicBlock) bool {
	if at == nil {
		return false
	}
	successes, _ := tests(v) // the edges on which v is not nil
	if ex, ok := v.(*ssa.Extract); ok && ex.Index == 0 {
		if call, ok := ex.Tuple.(*ssa.Call); ok {
			if err := errorOf(call); err != nil {
				_, s := tests(err) // the edges on which the error is nil
				successes = append(successes, s...)
			}
		}
	}
	for _, s := range successes {
		if len(s.Preds) == 1 && s.Dominates(at) {
			return true
		}
	}
	return false
}

// errorOf returns the error result of call, its last of two or more, when
// something extracts it.
func errorOf(call *ssa.Call) ssa.Value {
	n := call.Call.Signature().Results().Len()
	if n < 2 {
		return nil
	}
	return resultOf(call, n-1)
}

// resultOf returns result i of call, a call of several results, when
// something extracts it.
func resultOf(call *ssa.Call, i int) ssa.Value {
	for _, ref := range referrers(call) {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index == i {
			return ex
		}
	}
	return nil
}

// errorUnused reports whether call returns an error that nothing uses.
func errorUnused(call *ssa.Call) bool {
	sig := call.Call.Signature()
	n := sig.Results().Len()
	if n < 2 || !types.Identical(sig.Results().At(n-1).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	err := errorOf(call)
	return err == nil || len(usesBut(err)) == 0
}

// usesBut returns the uses of v but its debug references.
func usesBut(v ssa.Value) []ssa.Instruction {
	var out []ssa.Instruction
	for _, ref := range referrers(v) {
		if !isDebug(ref) {
			out = append(out, ref)
		}
	}
	return out
}

// nilable reports whether t is a pointer, a slice or a map: a nil of it
// in an interface is a typed nil.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map:
		return true
	}
	return false
}

func funcObj(fn *ssa.Function) *types.Func {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	obj, _ := fn.Object().(*types.Func)
	return obj
}
