package parstate

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides what runs: the control-flow graph of a function (x/tools
// go/cfg, built only for the functions parstate follows), with a call that
// never returns recognised through types, and the blocks that control can
// reach in a view of the model, where a condition whose value the model
// knows takes one branch only.

// A funcFlow is the control-flow graph of one function declaration or
// literal.
type funcFlow struct {
	node  ast.Node // *ast.FuncDecl or *ast.FuncLit
	g     *cfg.CFG
	block map[ast.Node]*cfg.Block // the block of each node of the graph
	tags  map[ast.Expr]ast.Expr   // the tag of a tagged switch, for each of its case expressions
	memo  map[string]*reach
}

// A reach is what runs of a function in a view.
type reach struct {
	live  []bool // by block index
	conds []ast.Expr
}

// flowOf returns the control-flow graph of fn, a *ast.FuncDecl or a
// *ast.FuncLit, built on first use.
func (c *pkgContext) flowOf(fn ast.Node) *funcFlow {
	if f, ok := c.flows[fn]; ok {
		return f
	}
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	f := &funcFlow{node: fn, memo: map[string]*reach{}}
	c.flows[fn] = f
	if body == nil {
		body = &ast.BlockStmt{}
	}
	f.g = cfg.New(body, c.mayReturn)
	n := 0
	for _, b := range f.g.Blocks {
		n += len(b.Nodes)
	}
	f.block = make(map[ast.Node]*cfg.Block, n)
	for _, b := range f.g.Blocks {
		for _, n := range b.Nodes {
			f.block[n] = b
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if n.Tag != nil {
				if f.tags == nil {
					f.tags = map[ast.Expr]ast.Expr{}
				}
				for _, cc := range n.Body.List {
					for _, e := range cc.(*ast.CaseClause).List {
						f.tags[e] = n.Tag
					}
				}
			}
		}
		return true
	})
	return f
}

// noReturn lists the functions of the standard library that never return,
// by package path.
var noReturn = map[string][]string{
	"os":      {"os.Exit"},
	"runtime": {"runtime.Goexit"},
	"log": {"log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
		"(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln",
		"(*log.Logger).Panic", "(*log.Logger).Panicf", "(*log.Logger).Panicln"},
}

// mayReturn reports whether call may return: not a call of panic, of a
// function of the standard library that never returns, or of a function of
// the package whose every path ends in one of those.
func (c *pkgContext) mayReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(c.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return true
		}
		if c.isStdlib(fn.Pkg()) {
			names := noReturn[fn.Pkg().Path()]
			return names == nil || !slices.Contains(names, fn.FullName())
		}
		decl, ok := c.funcDecl(fn)
		if !ok {
			return true
		}
		if r, ok := c.returns[fn.Origin()]; ok {
			return r
		}
		c.returns[fn.Origin()] = true // a recursive call may return
		r := !c.flowOf(decl.Node()).g.NoReturn()
		c.returns[fn.Origin()] = r
		return r
	}
	return true
}

// reach returns what runs of f in the view v: every block control can
// reach from the entry when each condition whose value the model knows
// takes its one branch.
func (f *funcFlow) reach(v view) *reach {
	key := v.key()
	if r, ok := f.memo[key]; ok {
		return r
	}
	r := &reach{live: make([]bool, len(f.g.Blocks))}
	f.memo[key] = r
	queue := []*cfg.Block{f.g.Blocks[0]}
	r.live[0] = true
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		succs := b.Succs
		if e := condOf(b); e != nil {
			r.conds = append(r.conds, e)
			switch f.eval(v, e) {
			case yes:
				succs = succs[:1]
			case no:
				succs = succs[1:]
			}
		}
		for _, s := range succs {
			if !r.live[s.Index] {
				r.live[s.Index] = true
				queue = append(queue, s)
			}
		}
	}
	return r
}

// condOf returns the condition of a conditional block, or nil.
func condOf(b *cfg.Block) ast.Expr {
	if len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return nil
	}
	e, _ := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	return e
}

// eval returns whether the condition e of a block of f holds in v: a
// case expression of a tagged switch holds when it equals the tag.
func (f *funcFlow) eval(v view, e ast.Expr) truth {
	if tag, ok := f.tags[e]; ok {
		return v.equal(tag, e)
	}
	return v.cond(e)
}

// reachedReturns returns the return statements of f that run in v.
func (f *funcFlow) reachedReturns(v view) []*ast.ReturnStmt {
	r := f.reach(v)
	var rets []*ast.ReturnStmt
	for _, b := range f.g.Blocks {
		if r.live[b.Index] {
			if ret := b.Return(); ret != nil {
				rets = append(rets, ret)
			}
		}
	}
	return rets
}
