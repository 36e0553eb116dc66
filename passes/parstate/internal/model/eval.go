package model

import (
	"strconv"

	"golang.org/x/tools/go/ssa"
)

// A Side is one of the two keys State is asked for at once.
type Side int

const (
	KeySide   Side = iota // the registry key, Config.Key
	OtherSide             // any other key, Config.Other
)

// Limits of the evaluation. Reaching one makes values unknown (top), which
// takes both branches of a condition: it never decides one.
const (
	// maxContexts is how many contexts of one function the model makes
	// with known arguments; later calls share one with unknown arguments.
	maxContexts = 32
	// stepBudget bounds the instructions evaluated in a package; when it
	// is spent the contexts still being evaluated are partial.
	stepBudget = 4_000_000
)

// A pair holds a value on each side.
type pair [2]val

// A Context is one function evaluated with its parameters (and free
// variables) bound to abstract values, on each side that reaches it.
type Context struct {
	p       *Package
	fn      *ssa.Function
	params  pair2
	reached [2]bool
	slots   map[ssa.Value]int32 // the index of each value's pair in pairs, shared by the function's contexts
	pairs   []pair
	// argBuf and valBuf are the scratch space of the call being evaluated.
	argBuf  []pair
	valBuf  []val
	opBuf   []*ssa.Value // keyedOperands' scratch space
	tuples  map[ssa.Value]*[2][]val
	live    [2][]bool
	edges   [2]map[[2]int]bool
	result  [2][]val
	callees map[ssa.CallInstruction]*[2][]*Context
	// notes are what the key side does with the key, in instruction order.
	deciding                    []*ssa.If
	seenIf                      map[*ssa.If]bool
	forwards, indexes, compares bool
	done, partial               bool
	// recursed: a recursive call read summary, the results of the
	// previous evaluation, while c was being evaluated.
	recursed bool
	summary  [2][]val
	// depth is c's place on the stack of evaluations; readOuter the
	// lowest place of a context whose summary c's results depend on.
	depth, readOuter int
	// dependsOn is the context whose summary c's results depend on, in
	// its evaluation dependsIter; iter counts c's own evaluations.
	dependsOn         *Context
	dependsIter, iter int
	id                int
	// unordered counts the reads of c's values wherever they are stored
	// (c's memory, its maps' entries, the arguments it packs), by c or by
	// a function it calls: a sweep of c that makes none reads only values
	// computed before, in reverse postorder.
	unordered int
}

// pair2 holds the parameters, then the free variables, of each side.
type pair2 [2][]val

// context returns the context of fn with params, evaluated on first use.
// A call of a function already being evaluated (recursion) shares its
// context where the arguments agree and leaves them unknown where they
// differ; a function with many contexts already gets one with unknown
// arguments. So recursion and long call chains end in a summary, computed
// to a fixed point, instead of a cut.
func (p *Package) context(fn *ssa.Function, params pair2, reached [2]bool) *Context {
	// The key is looked up without being copied: only a new context's
	// key is stored.
	key := p.contextKey(fn, params, reached)
	if c, ok := p.ctxs[string(key)]; ok && c.valid() {
		return c
	}
	if outer := p.onStack(fn); outer != nil {
		params, reached = joinParams(outer.params, params), [2]bool{outer.reached[0] || reached[0], outer.reached[1] || reached[1]}
	} else if p.byFunc[fn] >= maxContexts {
		params = widen(params)
	}
	key = p.contextKey(fn, params, reached)
	if c, ok := p.ctxs[string(key)]; ok && c.valid() {
		return c
	}
	p.nextID++
	c := &Context{p: p, fn: fn, params: params, reached: reached, depth: len(p.stack), readOuter: len(p.stack), id: p.nextID}
	p.ctxs[string(key)] = c
	p.byFunc[fn]++
	p.stack = append(p.stack, c)
	defer p.pop(c)
	for iter := 0; ; iter++ {
		c.eval()
		if !c.recursed || sameResults(c.summary, c.result) {
			break
		}
		if iter == maxIterations {
			c.partial = true
			break
		}
		c.summary = c.result
		c.iter++
	}
	c.done = true
	return c
}

// pop ends the evaluation of c. A context whose results depend on the
// summary of a context still being evaluated below it holds only for that
// context's current evaluation: the next one, with a new summary,
// evaluates it again. Its caller depends on that summary too.
func (p *Package) pop(c *Context) {
	p.stack = p.stack[:len(p.stack)-1]
	if c.readOuter < c.depth {
		c.dependsOn = p.stack[c.readOuter]
		c.dependsIter = c.dependsOn.iter
		if n := len(p.stack); n > 0 {
			p.stack[n-1].readOuter = min(p.stack[n-1].readOuter, c.readOuter)
		}
	}
}

// valid reports whether c's evaluation still holds: it depends on no
// summary, or on the one it was evaluated with.
func (c *Context) valid() bool {
	return c.dependsOn == nil || c.dependsOn.iter == c.dependsIter
}

// maxIterations bounds the evaluations of a recursive function's context
// before its summary is taken as partial.
const maxIterations = 8

func sameResults(x, y [2][]val) bool { return sameTuple(x[0], y[0]) && sameTuple(x[1], y[1]) }

// onStack returns the innermost context of fn being evaluated, or nil.
func (p *Package) onStack(fn *ssa.Function) *Context {
	for i := len(p.stack) - 1; i >= 0; i-- {
		if p.stack[i].fn == fn {
			return p.stack[i]
		}
	}
	return nil
}

// joinParams joins two bindings of a function's parameters.
func joinParams(x, y pair2) pair2 {
	var out pair2
	for s := range out {
		n := max(len(x[s]), len(y[s]))
		out[s] = make([]val, n)
		for i := range n {
			var a, b val
			if i < len(x[s]) {
				a = x[s][i]
			}
			if i < len(y[s]) {
				b = y[s][i]
			}
			out[s][i] = join(a, b)
		}
	}
	return out
}

// widen returns params with every value unknown, keeping whether it was
// derived from the key.
func widen(params pair2) pair2 {
	var out pair2
	for s := range params {
		out[s] = make([]val, len(params[s]))
		for i, v := range params[s] {
			out[s][i] = keyedOf(v)
		}
	}
	return out
}

// contextKey is everything a context's evaluation depends on: the function,
// the sides that reach it, and the values of its parameters on each, the
// contents of the variables a closure captures included. It is written
// into p.keyBuf, which the next call overwrites.
func (p *Package) contextKey(fn *ssa.Function, params pair2, reached [2]bool) []byte {
	b := strconv.AppendInt(p.keyBuf[:0], int64(p.id(fn)), 10)
	for s := range params {
		b = strconv.AppendBool(b, reached[s])
		for _, v := range params[s] {
			b = v.key(b, p.id)
			if v.k == ptr {
				b = v.r.at.load(Side(s), v.r.alloc).key(b, p.id)
			}
		}
		b = append(b, '|')
	}
	p.keyBuf = b
	return b
}

// eval evaluates c to a fixed point: the blocks each side reaches, taking
// one branch of each condition whose value it knows, and the values there.
func (c *Context) eval() {
	c.slots = c.p.slotsOf(c.fn)
	// The maps are made on first write: most contexts need few of them.
	c.pairs, c.tuples, c.callees, c.seenIf = make([]pair, len(c.slots)), nil, nil, nil
	c.deciding, c.result, c.recursed = nil, [2][]val{}, false
	c.forwards, c.indexes, c.compares = false, false, false
	n := len(c.fn.Blocks)
	for s := range c.live {
		c.live[s] = make([]bool, n)
		c.edges[s] = nil
		if c.reached[s] {
			c.live[s][0] = true
			if r := c.fn.Recover; r != nil {
				c.live[s][r.Index] = true // a deferred recover may resume there
			}
		}
	}
	order := c.p.order(c.fn)
	for changed := true; changed; {
		changed = false
		unordered := c.unordered
		for _, b := range order.blocks {
			if !c.live[KeySide][b.Index] && !c.live[OtherSide][b.Index] {
				continue
			}
			for _, instr := range b.Instrs {
				if c.p.budget--; c.p.budget <= 0 {
					c.markPartial()
					return
				}
				if c.step(b, instr) {
					changed = true
				}
			}
		}
		if changed && order.acyclic && !c.recursed && c.unordered == unordered {
			// Every value the sweep read was computed before it, in
			// reverse postorder, and holds: another sweep would see
			// the same and change nothing.
			if checkSweeps {
				c.checkSweep(order)
			}
			break
		}
	}
}

// markPartial marks every context being evaluated as partial: a limit cut
// its evaluation short.
func (c *Context) markPartial() {
	for _, s := range c.p.stack {
		s.partial = true
	}
}

// get returns the values of v.
func (c *Context) get(v ssa.Value) pair {
	switch v := v.(type) {
	case *ssa.Const:
		w := constVal(v)
		return pair{w, w}
	case *ssa.Parameter:
		return c.param(indexOf(c.fn.Params, v))
	case *ssa.FreeVar:
		return c.param(len(c.fn.Params) + indexOf(c.fn.FreeVars, v))
	case *ssa.Function:
		w := c.p.funcVal(v)
		return pair{w, w}
	}
	if i, ok := c.slots[v]; ok {
		return c.pairs[i]
	}
	if _, ok := v.(ssa.Instruction); ok {
		return pair{}
	}
	return pair{unknown, unknown}
}

func (c *Context) param(i int) pair {
	var out pair
	for s := range out {
		if i >= 0 && i < len(c.params[s]) {
			out[s] = c.params[s][i]
		} else if c.reached[s] {
			out[s] = unknown
		}
	}
	return out
}

func indexOf[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func constVal(k *ssa.Const) val {
	if k.Value == nil {
		if k.IsNil() {
			return val{k: nilv}
		}
		return unknown // the zero value of a struct or array
	}
	return val{k: con, c: k.Value}
}

// set stores the values of v and reports whether they changed.
func (c *Context) set(v ssa.Value, w pair) bool {
	i, ok := c.slots[v]
	if !ok {
		return false // not a value of c's function
	}
	if old := c.pairs[i]; equal(old[0], w[0]) && equal(old[1], w[1]) {
		return false
	}
	c.pairs[i] = w
	return true
}

// slotsOf numbers the instructions of fn that make a value, on first use:
// their places in a context's table of values.
func (p *Package) slotsOf(fn *ssa.Function) map[ssa.Value]int32 {
	if m, ok := p.slots[fn]; ok {
		return m
	}
	n := 0
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if _, ok := instr.(ssa.Value); ok {
				n++
			}
		}
	}
	m := make(map[ssa.Value]int32, n)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if v, ok := instr.(ssa.Value); ok {
				m[v] = int32(len(m))
			}
		}
	}
	p.slots[fn] = m
	return m
}
