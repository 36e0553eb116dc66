package model

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// State returns the context of fn, a State method of the package, with its
// key bound to Config.Key on the key side and to Config.Other on the
// other. It fails where fn has no SSA form or its evaluation panics.
func (p *Package) State(fn *types.Func) (*Context, error) { return p.Bind(fn, 0) }

// Bind returns the context of fn, a function or method of the package,
// with its parameter i (the receiver not counted) bound as State's key and
// every other parameter unknown.
func (p *Package) Bind(fn *types.Func, i int) (c *Context, err error) {
	sf := p.ssa.Prog.FuncValue(fn)
	if sf != nil && sf.Signature.Recv() != nil {
		i++
	}
	if sf == nil || i >= len(sf.Params) || sf.Blocks == nil {
		return nil, fmt.Errorf("%s has no SSA form", fn.Name())
	}
	var params pair2
	for s, k := range []string{p.cfg.Key, p.cfg.Other} {
		params[s] = make([]val, len(sf.Params))
		for j := range params[s] {
			params[s][j] = unknown
		}
		params[s][i] = val{k: con, c: constant.MakeString(k), keyed: true}
	}
	return p.guard(func() *Context { return p.context(sf, params, [2]bool{true, true}) })
}

// Free returns the context of the function whose syntax is n (a
// *ast.FuncDecl or *ast.FuncLit of the package) with every parameter and
// free variable unknown, on the key side; nil when the package has no
// such function or its evaluation panics.
func (p *Package) Free(n ast.Node) *Context {
	fn := p.funcs[n]
	if fn == nil || fn.Blocks == nil {
		return nil
	}
	params := make([]val, len(fn.Params)+len(fn.FreeVars))
	for i := range params {
		params[i] = unknown
	}
	c, _ := p.guard(func() *Context { return p.context(fn, pair2{params, nil}, [2]bool{true, false}) })
	return c
}

// guard runs eval, turning a panic of the evaluation into an error.
func (p *Package) guard(eval func() *Context) (c *Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			p.stack = nil
			c, err = nil, fmt.Errorf("the model failed: %v", r)
		}
	}()
	return eval(), nil
}

// Syntax returns the *ast.FuncDecl or *ast.FuncLit of c's function, or nil
// for a wrapper the SSA builder made.
func (c *Context) Syntax() ast.Node { return c.fn.Syntax() }

// Partial reports whether a limit cut the evaluation of c, or of a context
// it reaches on side s, short: what it says is not all that runs.
func (c *Context) Partial(s Side) bool {
	for _, x := range c.Path(s) {
		if x.partial {
			return true
		}
	}
	return false
}

// ID returns a number that identifies c in its package, for memo keys.
func (c *Context) ID() int { return c.id }

// Reached reports whether side s reaches c.
func (c *Context) Reached(s Side) bool { return c.reached[s] }

// exprValue returns the value of the expression e of c's function on side s:
// a constant, or what the evaluation found for it where it runs.
func (c *Context) exprValue(s Side, e ast.Expr) val {
	e = ast.Unparen(e)
	if tv, ok := c.p.info.Types[e]; ok && tv.Value != nil {
		return val{k: con, c: tv.Value}
	}
	v, ok := c.p.refsOf(c.fn).value(e)
	if !ok {
		return unknown
	}
	w := c.get(v)[s]
	if w.k == bot {
		return unknown
	}
	return w
}

// Str returns the string e holds on side s, when the model knows it.
func (c *Context) Str(s Side, e ast.Expr) (string, bool) { return c.exprValue(s, e).str() }

// Bool returns the boolean e holds on side s, when the model knows it.
func (c *Context) Bool(s Side, e ast.Expr) (b, known bool) { return c.exprValue(s, e).boolean() }

// Nil reports whether e is nil on side s, when the model knows it.
func (c *Context) Nil(s Side, e ast.Expr) (isNil, known bool) {
	switch v := c.exprValue(s, e); v.k {
	case nilv:
		return true, true
	case fun, ptr:
		return false, true
	}
	return false, false
}

// Keyed reports whether e holds a value derived from the key on side s.
func (c *Context) Keyed(s Side, e ast.Expr) bool { return c.exprValue(s, e).keyed }

// Callees returns the contexts that the call (or the go or defer
// statement) whose left parenthesis is at lparen runs on side s, among
// them the functions of the package it is handed.
func (c *Context) Callees(s Side, lparen token.Pos) []*Context {
	var out []*Context
	for _, pc := range c.p.refsOf(c.fn).callsAt(lparen) {
		if cs := c.callees[pc.call]; cs != nil {
			for _, x := range cs[s] {
				if !slices.Contains(out, x) {
					out = append(out, x)
				}
			}
		}
	}
	return out
}

// Path returns c and every context that code run on side s reaches from
// it, in the order the code reaches them.
func (c *Context) Path(s Side) []*Context {
	out := []*Context{c}
	for i := 0; i < len(out); i++ {
		x := out[i]
		for _, b := range x.fn.Blocks {
			if !x.live[s][b.Index] {
				continue
			}
			for _, instr := range b.Instrs {
				ci, ok := instr.(ssa.CallInstruction)
				if !ok || x.callees[ci] == nil {
					continue
				}
				for _, y := range x.callees[ci][s] {
					if !slices.Contains(out, y) {
						out = append(out, y)
					}
				}
			}
		}
	}
	return out
}

// A Cond is a condition whose value tells the key from another.
type Cond struct {
	Expr ast.Expr  // its syntax, when it has its own (not a case of a switch)
	Pos  token.Pos // where it is: Expr's position, or the case's
}

// Deciding returns the conditions of c, run on the key side, whose value
// differs between the key and another key.
func (c *Context) Deciding() []Cond {
	var out []Cond
	refs := c.p.refsOf(c.fn)
	for _, instr := range c.deciding {
		if e, ok := refs.exprOf(instr.Cond); ok {
			out = append(out, Cond{Expr: e, Pos: e.Pos()})
		} else {
			out = append(out, Cond{Pos: instr.Cond.Pos()})
		}
	}
	return out
}

// Forwards reports whether c's code, on the key side, hands the key to
// code the model does not see and uses what it returns.
func (c *Context) Forwards() bool { return c.forwards }

// Indexes reports whether c's code, on the key side, indexes a map by the key.
func (c *Context) Indexes() bool { return c.indexes }

// Compares reports whether c's code, on the key side, compares the
// registry key with something derived from the key that the model cannot
// decide.
func (c *Context) Compares() bool { return c.compares }
