package model

import (
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file reads memory the model can see whole: a local variable whose
// address goes only to loads, stores and the closures that capture it, a
// package variable assigned once, and a map made and filled with constant
// keys in one place.

// load returns what a load of alloc, a local variable of c, may read on
// side s: every value stored to it on that side, and its zero value unless
// it is stored to before anything else uses it. A variable whose address
// goes elsewhere, or that a closure assigns, is unknown.
func (c *Context) load(s Side, alloc *ssa.Alloc) val {
	if c == nil || alloc.Referrers() == nil {
		return unknown
	}
	c.unordered++ // the stores may come after the load
	w := val{}
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Val == alloc {
				return unknown
			}
			if c.live[s] != nil && c.live[s][ref.Block().Index] {
				w = join(w, c.get(ref.Val)[s])
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.MakeClosure:
			if assignsCaptured(ref, alloc) {
				return unknown
			}
		default:
			return unknown
		}
	}
	if !storedFirst(alloc) {
		w = join(w, zeroOf(alloc.Type()))
	}
	if w.k == bot {
		return val{}
	}
	return w
}

// storedFirst reports whether the first use of alloc, in its own block, is
// a store to it: no load can see its zero value.
func storedFirst(alloc *ssa.Alloc) bool {
	b := alloc.Block()
	seen := false
	for _, instr := range b.Instrs {
		if instr == alloc {
			seen = true
			continue
		}
		if !seen {
			continue
		}
		if st, ok := instr.(*ssa.Store); ok && st.Addr == alloc {
			return true
		}
		var ops [8]*ssa.Value
		for _, op := range instr.Operands(ops[:0]) {
			if *op == alloc {
				return false
			}
		}
	}
	return false
}

// zeroOf returns the zero value of the variable that addr, a pointer,
// points to.
func zeroOf(addr types.Type) val {
	p, ok := addr.Underlying().(*types.Pointer)
	if !ok {
		return unknown
	}
	t := p.Elem()
	if ssa.NewConst(nil, t).IsNil() {
		return val{k: nilv}
	}
	b, ok := t.Underlying().(*types.Basic)
	switch {
	case !ok:
		return unknown
	case b.Info()&types.IsString != 0:
		return val{k: con, c: constant.MakeString("")}
	case b.Info()&types.IsBoolean != 0:
		return val{k: con, c: constant.MakeBool(false)}
	case b.Info()&types.IsInteger != 0:
		return val{k: con, c: constant.MakeInt64(0)}
	}
	return unknown
}

// assignsCaptured reports whether the closure that mc makes stores to the
// free variable alloc is bound to.
func assignsCaptured(mc *ssa.MakeClosure, alloc *ssa.Alloc) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	i := indexOf(mc.Bindings, ssa.Value(alloc))
	if !ok || i < 0 || i >= len(fn.FreeVars) {
		return true
	}
	fv := fn.FreeVars[i]
	if fv.Referrers() == nil {
		return false
	}
	for _, ref := range *fv.Referrers() {
		switch ref.(type) {
		case *ssa.UnOp, *ssa.DebugRef: // a load
		default:
			return true // a store, or captured again: not followed
		}
	}
	return false
}

// A globalInfo is what the package does with a package variable.
type globalInfo struct {
	stores  int
	stored  ssa.Value // the value its initializer stores
	escapes bool      // stored to outside the initializer, or its address taken
	// changed: a value loaded from it goes to something but a lookup (a
	// map update, a call), which may change what it holds.
	changed bool
}

// global returns the value of the package variable g when nothing but its
// initializer assigns it and its address goes nowhere else: the value the
// initializer stores, or its zero value when it has none.
func (p *Package) global(g *ssa.Global) val {
	if g.Pkg != p.ssa {
		return unknown
	}
	gi := p.globalOf(g)
	switch {
	case gi.escapes || gi.stores > 1:
		return unknown
	case gi.stores == 0:
		return zeroOf(g.Type())
	}
	switch v := gi.stored.(type) {
	case *ssa.Const:
		return constVal(v)
	case *ssa.Function:
		return p.funcVal(v)
	}
	return unknown
}

// globalOf returns what the package does with g, scanning every function
// of the package on first use.
func (p *Package) globalOf(g *ssa.Global) *globalInfo {
	if p.globals == nil {
		p.globals = map[*ssa.Global]*globalInfo{}
		for _, fn := range p.allFuncs() {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					p.noteGlobalUses(instr)
				}
			}
		}
	}
	if gi := p.globals[g]; gi != nil {
		return gi
	}
	return &globalInfo{}
}

func (p *Package) noteGlobalUses(instr ssa.Instruction) {
	info := func(g *ssa.Global) *globalInfo {
		gi := p.globals[g]
		if gi == nil {
			gi = &globalInfo{}
			p.globals[g] = gi
		}
		return gi
	}
	if st, ok := instr.(*ssa.Store); ok {
		if g, ok := st.Addr.(*ssa.Global); ok {
			gi := info(g)
			gi.stores++
			gi.stored = st.Val
			gi.escapes = gi.escapes || st.Parent().Synthetic == "" || st.Parent().Name() != "init"
		}
	}
	var ops [8]*ssa.Value
	for _, op := range instr.Operands(ops[:0]) {
		g, ok := (*op).(*ssa.Global)
		if !ok {
			continue
		}
		switch u := instr.(type) {
		case *ssa.UnOp:
			if !onlyLookedUp(u) {
				info(g).changed = true
			}
		case *ssa.Store:
			if u.Val == g {
				info(g).escapes = true
			}
		default:
			info(g).escapes = true
		}
	}
}

// allFuncs returns the functions of the package with their literals, the
// package initializer first.
func (p *Package) allFuncs() []*ssa.Function {
	var out []*ssa.Function
	var lits func(fn *ssa.Function)
	lits = func(fn *ssa.Function) {
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			lits(anon) // the closures of package variables' initializers
		}
	}
	if init := p.ssa.Func("init"); init != nil {
		lits(init)
	}
	for _, fn := range p.funcs {
		out = append(out, fn)
	}
	return out
}

// lookup evaluates a map index: in a map made and filled with constant keys
// in one place, a constant key selects the value stored under it. An index
// by the key on the key side is noted: the map may hold the registry key.
func (c *Context) lookup(b *ssa.BasicBlock, x *ssa.Lookup) bool {
	var w pair
	changed := false
	for s := range w {
		if !c.live[s][b.Index] {
			continue
		}
		idx := c.get(x.Index)[s]
		if Side(s) == KeySide && idx.keyed {
			if _, ok := x.X.Type().Underlying().(*types.Map); ok {
				c.indexes = true
			}
		}
		w[s] = keyedOf(idx)
		v, present, ok := c.tableEntry(Side(s), x.X, idx)
		switch {
		case ok && !x.CommaOk:
			w[s] = v
		case ok:
			changed = c.setTuple(x, Side(s), []val{v, {k: con, c: constant.MakeBool(present)}}) || changed
		}
	}
	return c.set(x, w) || changed
}

// onlyLookedUp reports whether the value v loads is only indexed.
func onlyLookedUp(v ssa.Value) bool {
	for _, ref := range referrers(v) {
		switch ref.(type) {
		case *ssa.Lookup, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}
