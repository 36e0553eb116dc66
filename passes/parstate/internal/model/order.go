package model

import (
	"fmt"
	"os"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file orders a function's blocks for the sweeps of its evaluation,
// and checks, under the parlint_checksweeps build tag, that a sweep eval
// skips would change nothing.

// checkSweeps makes eval run the sweep it skips and stop the process when
// that sweep would change something. The skip holds only while every read
// of a value stored elsewhere than in the instruction that computes it (a
// load, a map entry, a packed argument) counts in Context.unordered; the
// parlint_checksweeps build tag, which the analyzer's test suite sets,
// checks that on every function the tests evaluate.
var checkSweeps = false

// checkSweep runs the sweep eval skips, and stops the process when it
// changes something.
func (c *Context) checkSweep(order blockOrder) {
	for _, b := range order.blocks {
		if !c.live[KeySide][b.Index] && !c.live[OtherSide][b.Index] {
			continue
		}
		for _, instr := range b.Instrs {
			if c.step(b, instr) {
				fmt.Fprintf(os.Stderr, "parlint: internal error: the sweep of %s that was skipped changes %v\n", c.fn, instr)
				os.Exit(70) // EX_SOFTWARE: not an exit status parlint gives findings
			}
		}
	}
}

// A blockOrder is the blocks of a function in reverse postorder, and
// whether no edge goes back in that order (the function has no loop).
type blockOrder struct {
	blocks  []*ssa.BasicBlock
	acyclic bool
}

// order returns the blocks of fn in reverse postorder, on first use: a
// sweep in that order carries values forward through acyclic code at once,
// so that the sweeps to a fixed point are as many as loops need.
func (p *Package) order(fn *ssa.Function) blockOrder {
	if o, ok := p.orders[fn]; ok {
		return o
	}
	seen := make([]bool, len(fn.Blocks))
	var post []*ssa.BasicBlock
	var visit func(b *ssa.BasicBlock)
	visit = func(b *ssa.BasicBlock) {
		seen[b.Index] = true
		for _, s := range b.Succs {
			if !seen[s.Index] {
				visit(s)
			}
		}
		post = append(post, b)
	}
	for _, b := range fn.Blocks {
		if !seen[b.Index] {
			visit(b) // the entry first, then the recover block and any unreachable one
		}
	}
	slices.Reverse(post)
	at := make([]int, len(fn.Blocks))
	for i, b := range post {
		at[b.Index] = i
	}
	o := blockOrder{blocks: post, acyclic: true}
	for _, b := range post {
		for _, pred := range b.Preds {
			if at[pred.Index] >= at[b.Index] {
				o.acyclic = false
			}
		}
	}
	p.orders[fn] = o
	return o
}
