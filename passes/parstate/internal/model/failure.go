package model

import (
	"go/ast"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file finds what runs when a call that returns an error fails: the
// returns only a failed call reaches, and the uses of its image that a
// failed call still reaches. A test of the error (err != nil, err == nil,
// in an if, an && or ||, a tagless switch) splits the function at an edge;
// a block that only the failure edge enters, and what it dominates, runs
// only on failure; a block a success edge of such a test dominates never
// runs on failure. Each query reads the dominator tree, so a function of N
// calls costs time linear in N.

// A Failure is what runs of a function when one of its calls fails.
type Failure struct {
	// Known is false where the model has no such call.
	Known bool
	// Tested: a test of the error decides a branch.
	Tested bool
	// OnlyOnError holds the returns (the position of their keyword) that
	// run only when the call failed.
	OnlyOnError []token.Pos
	// ImageReturns holds the returns of the call's image (its first
	// result) that a failed call reaches too.
	ImageReturns []token.Pos
	// Appends holds the appends of the call's image (the position of
	// their left parenthesis) that a failed call reaches.
	Appends []token.Pos
}

// Failure returns what runs of the function whose syntax is fn when the
// call whose left parenthesis is at lparen fails.
func (p *Package) Failure(fn ast.Node, lparen token.Pos) (f Failure) {
	defer func() {
		if recover() != nil {
			f = Failure{}
		}
	}()
	if call := p.callAt(fn, lparen); call != nil {
		return failureOf(call)
	}
	return Failure{}
}

// callAt returns the call (not a go or defer statement) whose left
// parenthesis is at lparen in the function whose syntax is fn, or nil.
func (p *Package) callAt(fn ast.Node, lparen token.Pos) *ssa.Call {
	sf := p.funcs[fn]
	if sf == nil {
		return nil
	}
	for _, pc := range p.refsOf(sf).callsAt(lparen) {
		if call, ok := pc.call.(*ssa.Call); ok {
			return call
		}
	}
	return nil
}

func failureOf(call *ssa.Call) Failure {
	img, err := resultOf(call, 0), errorOf(call)
	if err != nil && mergedAway(err) {
		// The error meets other values in a phi (err = img.Validate() on
		// one branch): which way a later test goes depends on the path,
		// which the dominator tree does not say.
		return Failure{}
	}
	f := Failure{Known: true}
	var failures, successes []*ssa.BasicBlock
	if err != nil {
		failures, successes = tests(err)
	}
	f.Tested = len(failures)+len(successes) > 0
	seen := map[*ssa.BasicBlock]bool{}
	for _, fb := range failures {
		if len(fb.Preds) == 1 {
			f.OnlyOnError = append(f.OnlyOnError, returnsUnder(fb, seen)...)
		}
	}
	if img == nil {
		return f
	}
	onFailure := func(b *ssa.BasicBlock) bool {
		for _, s := range successes {
			if len(s.Preds) == 1 && s.Dominates(b) {
				return false
			}
		}
		return true
	}
	uses(img, map[ssa.Value]bool{}, func(instr ssa.Instruction) {
		if !onFailure(instr.Block()) {
			return
		}
		switch x := instr.(type) {
		case *ssa.Return:
			if x.Pos().IsValid() && !slices.Contains(f.ImageReturns, x.Pos()) {
				f.ImageReturns = append(f.ImageReturns, x.Pos())
			}
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				f.Appends = append(f.Appends, x.Call.Pos())
			}
		}
	})
	return f
}

// tests returns the blocks that the failure and the success edges of each
// test of err enter.
func tests(err ssa.Value) (failures, successes []*ssa.BasicBlock) {
	for _, ref := range referrers(err) {
		cmp, ok := ref.(*ssa.BinOp)
		if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) || !isNilConst(cmp.X) && !isNilConst(cmp.Y) {
			continue
		}
		for _, r := range referrers(cmp) {
			iff, ok := r.(*ssa.If)
			if !ok {
				continue
			}
			t, f := iff.Block().Succs[0], iff.Block().Succs[1]
			if cmp.Op == token.EQL {
				t, f = f, t
			}
			failures, successes = append(failures, t), append(successes, f)
		}
	}
	return failures, successes
}

// mergedAway reports whether err reaches a phi.
func mergedAway(err ssa.Value) bool {
	for _, ref := range referrers(err) {
		if _, ok := ref.(*ssa.Phi); ok {
			return true
		}
	}
	return false
}

func isNilConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.IsNil()
}

// returnsUnder returns the returns of the blocks b dominates.
func returnsUnder(b *ssa.BasicBlock, seen map[*ssa.BasicBlock]bool) []token.Pos {
	var out []token.Pos
	var walk func(b *ssa.BasicBlock)
	walk = func(b *ssa.BasicBlock) {
		if seen[b] {
			return
		}
		seen[b] = true
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && ret.Pos().IsValid() {
			out = append(out, ret.Pos())
		}
		for _, d := range b.Dominees() {
			walk(d)
		}
	}
	walk(b)
	return out
}

// uses calls visit for each instruction the value v reaches as it is:
// through conversions to an interface, phis, and the variadic array of an
// append.
func uses(v ssa.Value, seen map[ssa.Value]bool, visit func(ssa.Instruction)) {
	if seen[v] {
		return
	}
	seen[v] = true
	for _, ref := range referrers(v) {
		switch x := ref.(type) {
		case *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType, *ssa.Phi:
			uses(x.(ssa.Value), seen, visit)
		case *ssa.Store:
			if ia, ok := x.Addr.(*ssa.IndexAddr); ok && x.Val == v {
				if a, ok := ia.X.(*ssa.Alloc); ok {
					for _, r := range referrers(a) {
						if sl, ok := r.(*ssa.Slice); ok {
							uses(sl, seen, visit)
						}
					}
				}
			}
		default:
			visit(ref)
		}
	}
}
