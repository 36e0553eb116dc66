package model

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// step evaluates instr of block b on each side that reaches b, and
// reports whether anything changed.
func (c *Context) step(b *ssa.BasicBlock, instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.If:
		return c.branch(b, instr)
	case *ssa.Jump:
		return c.follow(b, b.Succs[0], c.liveSides(b))
	case *ssa.Return:
		c.ret(b, instr)
		return false
	case *ssa.Phi:
		return c.set(instr, c.phi(b, instr))
	case ssa.CallInstruction:
		return c.call(b, instr)
	case *ssa.Lookup:
		return c.lookup(b, instr)
	case ssa.Value:
		var w pair
		for s := range w {
			if c.live[s][b.Index] {
				w[s] = c.value(Side(s), instr)
			}
		}
		return c.set(instr, w)
	}
	return false
}

// liveSides returns which sides reach b.
func (c *Context) liveSides(b *ssa.BasicBlock) [2]bool {
	return [2]bool{c.live[KeySide][b.Index], c.live[OtherSide][b.Index]}
}

// follow marks the edge from b to succ live on sides, and reports whether
// that is news.
func (c *Context) follow(b, succ *ssa.BasicBlock, sides [2]bool) bool {
	changed := false
	for s, on := range sides {
		e := [2]int{b.Index, succ.Index}
		if on && !c.edges[s][e] {
			if c.edges[s] == nil {
				c.edges[s] = map[[2]int]bool{}
			}
			c.edges[s][e] = true
			c.live[s][succ.Index] = true
			changed = true
		}
	}
	return changed
}

// branch follows the successors of an if that each side may take, and
// records a condition whose value tells the key from another.
func (c *Context) branch(b *ssa.BasicBlock, instr *ssa.If) bool {
	cond := c.get(instr.Cond)
	changed := false
	for s := range cond {
		if !c.live[s][b.Index] {
			continue
		}
		var sides [2]bool
		sides[s] = true
		t, known := cond[s].boolean()
		if !known || t {
			changed = c.follow(b, b.Succs[0], sides) || changed
		}
		if !known || !t {
			changed = c.follow(b, b.Succs[1], sides) || changed
		}
	}
	u, uok := cond[KeySide].boolean()
	o, ook := cond[OtherSide].boolean()
	if c.live[KeySide][b.Index] && uok && ook && u != o && !c.seenIf[instr] {
		if c.seenIf == nil {
			c.seenIf = map[*ssa.If]bool{}
		}
		c.seenIf[instr] = true
		c.deciding = append(c.deciding, instr)
	}
	return changed
}

// ret joins the results a return hands back on each side that reaches it.
func (c *Context) ret(b *ssa.BasicBlock, instr *ssa.Return) {
	for s := range c.result {
		if !c.live[s][b.Index] {
			continue
		}
		if c.result[s] == nil {
			c.result[s] = make([]val, len(instr.Results))
		}
		for i, r := range instr.Results {
			if i < len(c.result[s]) {
				c.result[s][i] = join(c.result[s][i], c.get(r)[s])
			}
		}
	}
}

// phi joins the values that reach b over its live incoming edges.
func (c *Context) phi(b *ssa.BasicBlock, instr *ssa.Phi) pair {
	var w pair
	for s := range w {
		for i, e := range instr.Edges {
			if i < len(b.Preds) && c.edges[s][[2]int{b.Preds[i].Index, b.Index}] {
				w[s] = join(w[s], c.get(e)[s])
			}
		}
	}
	return w
}

// value evaluates an instruction that makes a value, on side s.
func (c *Context) value(s Side, instr ssa.Value) val {
	switch x := instr.(type) {
	case *ssa.BinOp:
		return c.binOp(s, x)
	case *ssa.UnOp:
		return c.unOp(s, x)
	case *ssa.ChangeType:
		return c.get(x.X)[s]
	case *ssa.MakeInterface:
		return c.get(x.X)[s]
	case *ssa.ChangeInterface:
		return c.get(x.X)[s]
	case *ssa.Convert:
		return convert(c.get(x.X)[s], x.Type())
	case *ssa.Extract:
		if t, ok := c.tuples[x.Tuple]; ok && x.Index < len(t[s]) {
			return t[s][x.Index]
		}
		return c.get(x.Tuple)[s]
	case *ssa.Alloc:
		return val{k: ptr, r: &ref{alloc: x, at: c}}
	case *ssa.MakeClosure:
		binds := make([]val, len(x.Bindings))
		for i, b := range x.Bindings {
			binds[i] = c.get(b)[s]
		}
		return closureVal(x.Fn.(*ssa.Function), binds)
	}
	if i, ok := instr.(ssa.Instruction); ok {
		return c.keyedOperands(s, i)
	}
	return unknown
}

// keyedOperands returns unknown, keyed when an operand of instr is.
func (c *Context) keyedOperands(s Side, instr ssa.Instruction) val {
	c.opBuf = instr.Operands(c.opBuf[:0])
	for _, op := range c.opBuf {
		if *op != nil && c.get(*op)[s].keyed {
			return keyTop
		}
	}
	return unknown
}

// convert converts a constant to t where go/constant can; a string stays
// a string under a named string type (stateKey(name)).
func convert(v val, t types.Type) val {
	b, ok := t.Underlying().(*types.Basic)
	if v.k != con || !ok {
		return keyedOf(v)
	}
	switch {
	case b.Info()&types.IsString != 0 && v.c.Kind() == constant.String:
		return v
	case b.Info()&types.IsInteger != 0 && v.c.Kind() == constant.Int:
		return v
	}
	return keyedOf(v)
}

func (c *Context) binOp(s Side, x *ssa.BinOp) val {
	l, r := c.get(x.X)[s], c.get(x.Y)[s]
	if l.k == bot || r.k == bot {
		return val{}
	}
	keyed := l.keyed || r.keyed
	if s == KeySide && (x.Op == token.EQL || x.Op == token.NEQ) {
		c.noteComparison(l, r)
	}
	v := fold(x.Op, l, r)
	v.keyed = keyed
	return v
}

// fold computes l op r where both are known.
func fold(op token.Token, l, r val) val {
	switch {
	case l.k == con && r.k == con:
		if l.c.Kind() != r.c.Kind() {
			return unknown
		}
		switch op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return val{k: con, c: constant.MakeBool(constant.Compare(l.c, op, r.c))}
		case token.ADD, token.SUB, token.MUL, token.AND, token.OR, token.XOR:
			if l.c.Kind() == constant.String && op != token.ADD || l.c.Kind() == constant.Bool {
				return unknown
			}
			return val{k: con, c: constant.BinaryOp(l.c, op, r.c)}
		}
	case op == token.EQL || op == token.NEQ:
		if eq, ok := nilEqual(l, r); ok {
			return val{k: con, c: constant.MakeBool(eq == (op == token.EQL))}
		}
	}
	return unknown
}

// nilEqual decides a comparison with nil: nil equals nil; a function or
// a variable's address does not.
func nilEqual(l, r val) (bool, bool) {
	if l.k != nilv {
		l, r = r, l
	}
	if l.k != nilv {
		return false, false
	}
	switch r.k {
	case nilv:
		return true, true
	case fun, ptr:
		return false, true
	}
	return false, false
}

// noteComparison records, on the key side, a comparison that the model
// cannot decide and that may tell the registry key from others: of the
// registry key with something derived from the key that the model does not
// follow, or of the key with a value it does not know (an entry of a slice
// of handlers, a field), which may be the registry key.
func (c *Context) noteComparison(l, r val) {
	for _, pr := range [][2]val{{l, r}, {r, l}} {
		if s, ok := pr[0].str(); ok && s == c.p.cfg.Key && !pr[0].keyed && pr[1].k == top && pr[1].keyed {
			c.compares = true
		}
		if pr[0].k == con && pr[0].keyed && pr[1].k == top && !pr[1].keyed {
			c.compares = true
		}
	}
}

func (c *Context) unOp(s Side, x *ssa.UnOp) val {
	v := c.get(x.X)[s]
	switch x.Op {
	case token.NOT, token.SUB, token.XOR:
		if v.k == con {
			return val{k: con, c: constant.UnaryOp(x.Op, v.c, 0), keyed: v.keyed}
		}
	case token.MUL:
		if g, ok := x.X.(*ssa.Global); ok {
			return c.p.global(g)
		}
		if v.k == ptr {
			return v.r.at.load(s, v.r.alloc)
		}
	}
	return keyedOf(v)
}
