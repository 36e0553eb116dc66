package parstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// This file is where the checks meet the model: what the model found for
// one function of the package on one side (the registry key, or another),
// read through the function's syntax.

// A view is what the model knows of one function on one side: every
// context the side runs it in. A value or a condition is known when every
// context agrees on it. The zero view knows nothing.
type view struct {
	ctxs []*model.Context
	side model.Side
	// conds memoizes cond: an && chain asks for each prefix of itself.
	conds map[ast.Expr]truth
}

// newView returns the view of ctxs on side.
func newView(side model.Side, ctxs ...*model.Context) view {
	return view{ctxs: ctxs, side: side, conds: map[ast.Expr]truth{}}
}

// otherKey stands for a key State is asked for that is not the URI; no
// plugin compares a key with it.
const otherKey = "\x00parlint: another key"

// cond returns whether the boolean expression e of the view's function
// holds. An && or || that is an if's condition has no value of its own in
// SSA (each operand branches): its operands decide it.
func (v view) cond(e ast.Expr) truth {
	e = ast.Unparen(e)
	if t, ok := v.conds[e]; ok {
		return t
	}
	t := v.decompose(e)
	if v.conds != nil {
		v.conds[e] = t
	}
	return t
}

// decompose returns whether e holds: what the model knows of it, or of
// its operands when it is an &&, an || or a !.
func (v view) decompose(e ast.Expr) truth {
	if t := v.known(e); t != unknown || len(v.ctxs) == 0 {
		return t
	}
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return v.cond(e.X).not()
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return and(v.cond(e.X), v.cond(e.Y))
		case token.LOR:
			return or(v.cond(e.X), v.cond(e.Y))
		}
	}
	return unknown
}

// known returns the value of e when every context knows it.
func (v view) known(e ast.Expr) truth {
	t := unknown
	for i, c := range v.ctxs {
		b, known := c.Bool(v.side, e)
		if !known {
			return unknown
		}
		if i == 0 {
			t = truthOf(b)
		} else if truthOf(b) != t {
			return unknown
		}
	}
	return t
}

// str returns the string e holds, when the model knows it in every context.
func (v view) str(e ast.Expr) (string, bool) {
	if len(v.ctxs) == 0 {
		return "", false
	}
	var s string
	for i, c := range v.ctxs {
		x, ok := c.Str(v.side, e)
		if !ok || i > 0 && x != s {
			return "", false
		}
		s = x
	}
	return s, true
}

// equal returns whether the case expression e of a switch on tag matches.
func (v view) equal(tag, e ast.Expr) truth {
	x, okx := v.str(tag)
	y, oky := v.str(e)
	if !okx || !oky {
		return unknown
	}
	return truthOf(x == y)
}

// key is a memo key of the view: the contexts and the side.
func (v view) key() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(int(v.side)))
	for _, c := range v.ctxs {
		b.WriteString(strconv.FormatUint(uint64(c.ID()), 36))
		b.WriteByte(',')
	}
	return b.String()
}

// A callTarget is a function the model runs, with the view of it.
type callTarget struct {
	cur inspector.Cursor
	v   view
}

// group gathers contexts by function, in the order of their first context,
// leaving out the wrappers the SSA builder made (they have no syntax).
func (c *pkgContext) group(ctxs []*model.Context, side model.Side) []callTarget {
	var out []callTarget
	at := map[ast.Node]int{}
	for _, x := range ctxs {
		n := x.Syntax()
		if n == nil {
			continue
		}
		if i, ok := at[n]; ok {
			if !containsCtx(out[i].v.ctxs, x) {
				out[i].v.ctxs = append(out[i].v.ctxs, x)
			}
			continue
		}
		cur, ok := c.funcCursor(n)
		if !ok {
			continue
		}
		at[n] = len(out)
		out = append(out, callTarget{cur, newView(side, x)})
	}
	return out
}

func containsCtx(xs []*model.Context, x *model.Context) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// freeView returns the view of the function around cur with nothing
// known of its parameters: for code read outside State's evaluation (an
// Id method, an option's argument).
func (c *pkgContext) freeView(cur inspector.Cursor) view {
	m := c.modelOf()
	if m == nil {
		return view{}
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if x := m.Free(fn.Node()); x != nil {
			return newView(model.KeySide, x)
		}
		break
	}
	return view{}
}

// constStr returns the string the expression e holds, whatever the
// parameters of its function: a constant, or what the model computes.
func (c *pkgContext) constStr(e ast.Expr) (string, bool) {
	if s, ok := constString(c.pass.TypesInfo, e); ok {
		return s, true
	}
	if isFieldSelection(c.pass.TypesInfo, e) {
		return "", false // the model knows nothing of what a field holds
	}
	cur, ok := c.root.FindByPos(e.Pos(), e.End())
	if !ok {
		return "", false
	}
	return c.freeView(cur).str(e)
}

// pathStr returns the string the expression e of a function on the
// registry path of State, k, holds for the URI: what the model found where
// the URI runs it, without evaluating the function again.
func (c *pkgContext) pathStr(k *keyUse, e ast.Expr) (string, bool) {
	if s, ok := constString(c.pass.TypesInfo, e); ok {
		return s, true
	}
	for _, pf := range k.funcs {
		if pf.cur.Node().Pos() <= e.Pos() && e.End() <= pf.cur.Node().End() && innermost(k.funcs, pf, e) {
			return pf.v.str(e)
		}
	}
	return c.constStr(e)
}

// innermost reports whether no other function of funcs inside pf holds e.
func innermost(funcs []*pathFunc, pf *pathFunc, e ast.Expr) bool {
	for _, other := range funcs {
		n := other.cur.Node()
		if other != pf && pf.cur.Node().Pos() <= n.Pos() && n.End() <= pf.cur.Node().End() && n.Pos() <= e.Pos() && e.End() <= n.End() {
			return false
		}
	}
	return true
}

// funcCursor returns the cursor of a function declaration or literal of
// the package: a declaration from the package's index of them, a literal
// from an index of the literals made on first use.
func (c *pkgContext) funcCursor(n ast.Node) (inspector.Cursor, bool) {
	if fd, ok := n.(*ast.FuncDecl); ok {
		if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
			return c.funcDecl(fn)
		}
		return inspector.Cursor{}, false
	}
	if c.funcLits == nil {
		c.funcLits = map[ast.Node]inspector.Cursor{}
		for cur := range c.root.Preorder((*ast.FuncLit)(nil)) {
			c.funcLits[cur.Node()] = cur
		}
	}
	cur, ok := c.funcLits[n]
	return cur, ok
}

// constString returns the value of e when it is a string constant.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

// modelRoots returns what the checks ask the model about: the State
// methods of the package's artifacts.
func (c *pkgContext) modelRoots() []*types.Func {
	var roots []*types.Func
	for _, sm := range c.states {
		roots = append(roots, sm.fn)
	}
	return roots
}

// idView returns the view of an artifact's Id method, decl, with nothing
// known of its receiver: from the package's model when State's code
// reaches Id, otherwise from a model of the package's Id methods, built on
// first use.
func (c *pkgContext) idView(decl inspector.Cursor) view {
	if m := c.modelOf(); m != nil {
		if x := m.Free(decl.Node()); x != nil {
			return newView(model.KeySide, x)
		}
	}
	if c.idModel == nil {
		var roots []*types.Func
		for _, sm := range c.states {
			if fn, ok := lookupMethod(types.NewPointer(sm.idOwner), "Id"); ok {
				roots = append(roots, fn)
			}
		}
		c.idModel, _ = c.buildModel(roots)
	}
	if c.idModel != nil {
		if x := c.idModel.Free(decl.Node()); x != nil {
			return newView(model.KeySide, x)
		}
	}
	return view{}
}

// typeErrorPositions returns where the package's type errors are.
func (c *pkgContext) typeErrorPositions() []token.Pos {
	var out []token.Pos
	for _, e := range c.pass.TypeErrors {
		out = append(out, e.Pos)
	}
	return out
}

// modelBudget is the model's step budget; 0 is the model's default. Tests
// lower it to see what a limit reached does.
var modelBudget = 0

// modelOf returns the package's model, built on first use; nil when it
// cannot be built (c.modelErr says why).
func (c *pkgContext) modelOf() *model.Package {
	if c.model == nil && c.modelErr == nil {
		c.model, c.modelErr = c.buildModel(c.modelRoots())
	}
	return c.model
}

// buildModel builds the package's model of the code roots can reach.
func (c *pkgContext) buildModel(roots []*types.Func) (*model.Package, error) {
	return model.Build(c.pass.Fset, c.pass.Pkg, c.pass.Files, c.pass.TypesInfo, model.Config{
		Key: uriValue, Other: otherKey, IsStdlib: c.isStdlib, Budget: modelBudget,
		Roots: roots, Inspector: c.insp, Broken: c.typeErrorPositions(),
	})
}
