package model

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/callgraph/vta"
	"golang.org/x/tools/go/ssa"
)

// This file resolves the calls whose callee the evaluation does not know:
// interface calls, through the methods of the package's own types, and
// calls of function values, through x/tools' VTA call graph of the
// package.

// A callGraph is what the package's VTA call graph says each call site
// may run, built on first use.
type callGraph struct {
	callees map[ssa.CallInstruction][]*ssa.Function
}

// dynamicCallees returns the functions of the package that the call of a
// function value instr may run, by the call graph, in source order.
func (p *Package) dynamicCallees(instr ssa.CallInstruction) []*ssa.Function {
	if p.calls == nil {
		p.calls = &callGraph{callees: map[ssa.CallInstruction][]*ssa.Function{}}
		funcs := map[*ssa.Function]bool{}
		for _, fn := range p.allFuncs() {
			if fn.TypeParams().Len() > 0 {
				continue // VTA wants generic code instantiated
			}
			funcs[fn] = true
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if mc, ok := instr.(*ssa.MakeClosure); ok {
						funcs[mc.Fn.(*ssa.Function)] = true // a bound method's wrapper
					}
				}
			}
		}
		// No initial graph: VTA makes the CHA graph it needs for the
		// package's functions alone, not for every package created (an AWS
		// SDK package made a CHA graph of the whole program take a minute).
		g := vta.CallGraph(funcs, nil)
		for _, node := range g.Nodes {
			for _, e := range node.Out {
				if e.Site != nil && p.follows(e.Callee.Func) && !slices.Contains(p.calls.callees[e.Site], e.Callee.Func) {
					p.calls.callees[e.Site] = append(p.calls.callees[e.Site], e.Callee.Func)
				}
			}
		}
		for _, fns := range p.calls.callees {
			slices.SortFunc(fns, func(a, b *ssa.Function) int { return int(a.Pos() - b.Pos()) })
		}
	}
	return p.calls.callees[instr]
}

// implementations returns the methods of the package's types that a call
// of the interface method m may run, when the interface is the package's
// own: a call through an interface of another package (the SDK's Artifact)
// leaves the package. The types are taken in name order.
func (p *Package) implementations(m *types.Func) []*ssa.Function {
	if m == nil || m.Pkg() != p.pkg {
		return nil
	}
	recv := m.Type().(*types.Signature).Recv()
	if recv == nil {
		return nil
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var out []*ssa.Function
	scope := p.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if _, generic := tn.Type().(*types.Named); generic && tn.Type().(*types.Named).TypeParams().Len() > 0 {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			sel := p.ssa.Prog.MethodSets.MethodSet(t).Lookup(m.Pkg(), m.Name())
			if fn := p.ssa.Prog.MethodValue(sel); p.follows(fn) {
				out = append(out, fn)
			}
			break
		}
	}
	return out
}

// tableEntry returns what a map holds under the constant key idx, when the
// map is made and filled with constant keys in one place (in c's function,
// or a package variable's initializer) and never changed elsewhere.
func (c *Context) tableEntry(s Side, m ssa.Value, idx val) (v val, present, ok bool) {
	key, ok := idx.str()
	if !ok {
		return val{}, false, false
	}
	if load, ok := m.(*ssa.UnOp); ok {
		if g, ok := load.X.(*ssa.Global); ok && g.Pkg == c.p.ssa {
			if gi := c.p.globalOf(g); gi.stores == 1 && !gi.escapes && !gi.changed {
				m = gi.stored
			}
		}
	}
	mm, ok := m.(*ssa.MakeMap)
	if !ok || mm.Referrers() == nil {
		return val{}, false, false
	}
	c.unordered++ // the updates may come after the lookup
	found := val{k: nilv}
	for _, ref := range *mm.Referrers() {
		switch ref := ref.(type) {
		case *ssa.MapUpdate:
			k, ok := ref.Key.(*ssa.Const)
			if !ok || k.Value == nil {
				return val{}, false, false
			}
			if ks, ok := (val{k: con, c: k.Value}).str(); ok && ks == key {
				found, present = c.entryValue(s, mm, ref.Value), true
			}
		case *ssa.Lookup, *ssa.DebugRef, *ssa.Store:
		default:
			return val{}, false, false
		}
	}
	return found, present, true
}

// entryValue returns the value stored in a table: evaluated in c when the
// table is made there, a function of the package otherwise.
func (c *Context) entryValue(s Side, mm *ssa.MakeMap, v ssa.Value) val {
	if mm.Parent() == c.fn {
		return c.get(v)[s]
	}
	switch v := v.(type) {
	case *ssa.Function:
		return c.p.funcVal(v)
	case *ssa.MakeClosure:
		binds := make([]val, len(v.Bindings))
		for i := range binds {
			binds[i] = unknown
		}
		return closureVal(v.Fn.(*ssa.Function), binds)
	}
	return unknown
}
