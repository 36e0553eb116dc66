package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file decides which single-value type assertions cannot panic the
// plugin: those a successful test of the same value against the same type
// dominates (a type switch's case, a comma-ok test), and those in code
// where a deferred function recovers the panic.

// AssertGuarded reports whether the single-value type assertion whose left
// parenthesis is at lparen, in the function whose syntax is fn, runs only
// after a test of the same value against the same type succeeded.
func (p *Package) AssertGuarded(fn ast.Node, lparen token.Pos) bool {
	sf := p.funcs[fn]
	if sf == nil {
		return false
	}
	for _, b := range sf.Blocks {
		for _, instr := range b.Instrs {
			if ta, ok := instr.(*ssa.TypeAssert); ok && !ta.CommaOk && ta.Pos() == lparen {
				return dominatedByTest(ta)
			}
		}
	}
	return false
}

// dominatedByTest reports whether a block that only the success of a
// comma-ok test of ta's value against ta's type enters dominates ta.
func dominatedByTest(ta *ssa.TypeAssert) bool {
	for d := ta.Block(); d != nil; d = d.Idom() {
		if len(d.Preds) != 1 {
			continue
		}
		pred := d.Preds[0]
		iff, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
		if !ok || pred.Succs[0] != d || pred.Succs[1] == d {
			continue
		}
		ex, ok := iff.Cond.(*ssa.Extract)
		if !ok || ex.Index != 1 {
			continue
		}
		test, ok := ex.Tuple.(*ssa.TypeAssert)
		if ok && test.CommaOk && test.X == ta.X && types.Identical(test.AssertedType, ta.AssertedType) {
			return true
		}
	}
	return false
}

// Recovered returns the contexts of c's path on side s in which a panic is
// recovered: a function that defers a call of one that calls recover, and
// what only such functions call.
func (c *Context) Recovered(s Side) map[*Context]bool {
	path := c.Path(s)
	callers := map[*Context][]*Context{}
	for _, x := range path {
		for _, b := range x.fn.Blocks {
			for _, instr := range b.Instrs {
				if _, ok := instr.(*ssa.Go); ok {
					continue // a goroutine's panic is not its caller's to recover
				}
				if ci, ok := instr.(ssa.CallInstruction); ok && x.callees[ci] != nil {
					for _, y := range x.callees[ci][s] {
						callers[y] = append(callers[y], x)
					}
				}
			}
		}
	}
	out := map[*Context]bool{}
	for _, x := range path {
		out[x] = true
	}
	for changed := true; changed; {
		changed = false
		for _, x := range path {
			if !out[x] || defersRecover(x.fn) {
				continue
			}
			keep := x != c && len(callers[x]) > 0
			for _, y := range callers[x] {
				keep = keep && out[y]
			}
			if !keep {
				out[x], changed = false, true
			}
		}
	}
	return out
}

// defersRecover reports whether fn defers a call of a function that calls
// recover.
func defersRecover(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			d, ok := instr.(*ssa.Defer)
			if !ok {
				continue
			}
			callee := d.Call.StaticCallee()
			if mc, ok := d.Call.Value.(*ssa.MakeClosure); ok {
				callee, _ = mc.Fn.(*ssa.Function)
			}
			if callee != nil && callsRecover(callee) {
				return true
			}
		}
	}
	return false
}

// callsRecover reports whether fn calls recover itself.
func callsRecover(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "recover" {
					return true
				}
			}
		}
	}
	return false
}
