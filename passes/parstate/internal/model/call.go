package model

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A target is a function a call may run, with its free variables' values.
type target struct {
	fn    *ssa.Function
	binds []val
	recv  *val // an interface call's receiver, passed as the first parameter
}

// call evaluates a call (or a go or defer statement) on each side that
// reaches it: a function the model follows is evaluated in the context of
// the call's arguments, a function of package strings on constants is
// computed, anything else is unknown.
func (c *Context) call(b *ssa.BasicBlock, instr ssa.CallInstruction) bool {
	common := instr.Common()
	sides := c.liveSides(b)
	// args and the values external reads are scratch space of c, which
	// no other call of c's evaluation uses while this one runs: a context
	// is evaluated once at a time, and what the call keeps is copied.
	args := c.argBuf[:0]
	for _, a := range common.Args {
		args = append(args, c.get(a))
	}
	c.argBuf = args
	var targets [2][]target
	for s, on := range sides {
		if on {
			targets[s] = c.targets(Side(s), instr)
		}
	}
	callees := c.contexts(targets, args)
	if c.callees == nil {
		c.callees = map[ssa.CallInstruction]*[2][]*Context{}
	}
	c.callees[instr] = &callees
	var res [2][]val
	for s, on := range sides {
		if !on {
			continue
		}
		if len(targets[s]) == 0 {
			res[s] = c.external(Side(s), instr, args)
			continue
		}
		for _, callee := range callees[s] {
			res[s] = joinTuple(res[s], callee.results(Side(s), common.Signature()))
		}
	}
	return c.setResults(instr, res)
}

// contexts returns the contexts the targets of each side run in. A
// function both sides call, with the same free variables, is evaluated once
// with both sides' arguments, so that a condition in it may tell the key
// from another.
func (c *Context) contexts(targets [2][]target, args []pair) [2][]*Context {
	var out [2][]*Context
	paired := map[int]bool{}
	for _, t := range targets[KeySide] {
		params := pair2{c.paramsOf(KeySide, t, args), nil}
		reached := [2]bool{true, false}
		for j, o := range targets[OtherSide] {
			if !paired[j] && o.fn == t.fn && sameAll(o.binds, t.binds) {
				paired[j] = true
				params[OtherSide], reached[OtherSide] = c.paramsOf(OtherSide, o, args), true
				break
			}
		}
		ctx := c.p.context(t.fn, params, reached)
		out[KeySide] = append(out[KeySide], ctx)
		if reached[OtherSide] {
			out[OtherSide] = append(out[OtherSide], ctx)
		}
	}
	for j, o := range targets[OtherSide] {
		if !paired[j] {
			ctx := c.p.context(o.fn, pair2{nil, c.paramsOf(OtherSide, o, args)}, [2]bool{false, true})
			out[OtherSide] = append(out[OtherSide], ctx)
		}
	}
	return out
}

// paramsOf returns the values of t's parameters, then of its free
// variables, on side s.
func (c *Context) paramsOf(s Side, t target, args []pair) []val {
	n := len(t.fn.Params)
	out := make([]val, 0, n+len(t.binds))
	if t.recv != nil {
		out = append(out, *t.recv)
	}
	for _, a := range args {
		out = append(out, a[s])
	}
	for len(out) < n {
		out = append(out, unknown)
	}
	out = out[:n]
	for i := range t.fn.FreeVars {
		if i < len(t.binds) {
			out = append(out, t.binds[i])
		} else {
			out = append(out, unknown)
		}
	}
	return out
}

// targets returns the functions the model follows that the call may run on
// side s: its static callee, the function value it calls when the model
// knows it, the methods of the package's types an interface call may
// reach, or what the call graph says a function value may be.
func (c *Context) targets(s Side, instr ssa.CallInstruction) []target {
	common := instr.Common()
	if common.IsInvoke() {
		recv := c.get(common.Value)[s]
		var out []target
		for _, fn := range c.p.implementations(common.Method) {
			out = append(out, target{fn: fn, recv: &recv})
		}
		return out
	}
	if _, ok := common.Value.(*ssa.Builtin); ok {
		return nil
	}
	if fn := common.StaticCallee(); fn != nil {
		if !c.p.follows(fn) {
			return nil
		}
		t := target{fn: fn}
		if v := c.get(common.Value)[s]; v.k == fun && v.r.fn == fn {
			t.binds = v.r.binds
		}
		return []target{t}
	}
	if v := c.get(common.Value)[s]; v.k == fun {
		if c.p.follows(v.r.fn) {
			return []target{{fn: v.r.fn, binds: v.r.binds}}
		}
		return nil
	}
	var out []target
	for _, fn := range c.p.dynamicCallees(instr) {
		out = append(out, target{fn: fn})
	}
	return out
}

// results returns what c returns on side s: while c is being evaluated (a
// recursive call), the results of its previous evaluation, which its
// evaluation repeats until they hold; unknown when a limit cut it short;
// nothing when it never returns.
func (c *Context) results(s Side, sig *types.Signature) []val {
	n := sig.Results().Len()
	out := make([]val, n)
	switch {
	case c.partial:
		for i := range out {
			out[i] = unknown
		}
	case !c.done:
		c.recursed = true
		if n := len(c.p.stack); n > 0 {
			reader := c.p.stack[n-1]
			reader.readOuter = min(reader.readOuter, c.depth)
		}
		copy(out, c.summary[s])
	default:
		copy(out, c.result[s])
	}
	return out
}

func joinTuple(xs, ys []val) []val {
	if xs == nil {
		return append([]val(nil), ys...)
	}
	for i := range xs {
		if i < len(ys) {
			xs[i] = join(xs[i], ys[i])
		}
	}
	return xs
}

// setResults stores the results of a call and reports whether they changed.
func (c *Context) setResults(instr ssa.CallInstruction, res [2][]val) bool {
	v := instr.Value()
	if v == nil {
		return false
	}
	if _, ok := v.Type().(*types.Tuple); ok {
		key := c.setTuple(v, KeySide, res[KeySide])
		return c.setTuple(v, OtherSide, res[OtherSide]) || key // both sides are stored
	}
	var w pair
	for s := range res {
		if len(res[s]) > 0 {
			w[s] = res[s][0]
		}
	}
	return c.set(v, w)
}

// setTuple stores the values of a tuple on side s and reports whether they
// changed.
func (c *Context) setTuple(v ssa.Value, s Side, vs []val) bool {
	t, ok := c.tuples[v]
	if !ok {
		if c.tuples == nil {
			c.tuples = map[ssa.Value]*[2][]val{}
		}
		t = &[2][]val{}
		c.tuples[v] = t
	}
	if sameTuple(t[s], vs) {
		return false
	}
	t[s] = append([]val(nil), vs...)
	return true
}

func sameTuple(xs, ys []val) bool {
	if len(xs) != len(ys) {
		return false
	}
	for i := range xs {
		if !equal(xs[i], ys[i]) {
			return false
		}
	}
	return true
}

// external evaluates a call of code the model does not follow on side s.
// On the key side, passing the key to code that is not the standard
// library, and using what it returns, is forwarding: that code may answer.
// A function value it is handed may be called: it is reached with unknown
// arguments.
func (c *Context) external(s Side, instr ssa.CallInstruction, args []pair) []val {
	common := instr.Common()
	sig := common.Signature()
	vals := c.valBuf[:0]
	keyed := false
	for _, a := range args {
		vals = append(vals, a[s])
		keyed = keyed || a[s].keyed
	}
	c.valBuf = vals
	if v, ok := c.computed(s, common, vals); ok {
		v.keyed = keyed
		return []val{v}
	}
	if s == KeySide && keyed && resultUsed(instr) && !c.seen(common) {
		c.forwards = true
	}
	out := make([]val, sig.Results().Len())
	for i := range out {
		out[i] = val{k: top, keyed: keyed}
	}
	c.handedFuncs(s, instr, vals)
	return out
}

// seen reports whether the callee of common is one parstate takes as
// seen: a function of the standard library, other than a State method.
func (c *Context) seen(common *ssa.CallCommon) bool {
	if _, ok := common.Value.(*ssa.Builtin); ok {
		return true
	}
	fn := common.StaticCallee()
	if fn == nil || fn.Object() == nil {
		return false
	}
	obj := fn.Object()
	return obj.Name() != "State" && c.p.cfg.IsStdlib != nil && c.p.cfg.IsStdlib(obj.Pkg())
}

// handedFuncs records, as callees of instr on side s, the functions of the
// package among vals, evaluated with unknown arguments.
func (c *Context) handedFuncs(s Side, instr ssa.CallInstruction, vals []val) {
	for _, v := range vals {
		if v.k != fun || !c.p.follows(v.r.fn) {
			continue
		}
		t := target{fn: v.r.fn, binds: v.r.binds}
		params := pair2{}
		reached := [2]bool{}
		params[s], reached[s] = c.paramsOf(s, t, nil), true
		ctx := c.p.context(v.r.fn, params, reached)
		c.callees[instr][s] = append(c.callees[instr][s], ctx)
	}
}

// resultUsed reports whether something reads what the call returns.
func resultUsed(instr ssa.CallInstruction) bool {
	v := instr.Value()
	if v == nil || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		if _, ok := ref.(*ssa.DebugRef); !ok {
			return true
		}
	}
	return false
}
