package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// This file reads from the model what runs when State is asked for the
// URI: State and, transitively, the same-package functions, methods,
// closures and table handlers its code reaches for that key, grouped by
// function. It also tells what State does with its key: answers the URI,
// forwards it, or neither.

// A keyUse is what State does with its key.
type keyUse struct {
	funcs      []*pathFunc     // State first, then what it reaches for the URI
	dispatches bool            // a condition that runs for the URI tells it from other keys
	literals   []*ast.BasicLit // "par.artifact.metadata" spelled in such a condition
	forwards   bool            // the key goes to code parstate cannot see, whose result State uses
	indexes    bool            // the key indexes a map, which may hold the URI
	compares   bool            // the key is compared with the URI in a way parstate does not follow
	// unmodelled says why the model could not tell what State does; then
	// nothing is reported on it.
	unmodelled string
	root       *model.Context // State's context, nil when unmodelled
	// others memoizes otherKeyAnswers, which state-uri-missing and the
	// verdict both read; nil until then.
	others *[]answer
}

// dispatchesOrMay reports whether State answers the URI, or may: a comparison
// parstate does not follow, forwarding, or a map index in a package that
// stores something under the URI count, since a report on a State that
// answers costs more than a missed one.
func (k *keyUse) dispatchesOrMay(c *pkgContext) bool {
	return k.dispatches || k.forwards || k.compares || k.indexes && c.usesURIAsMapKey()
}

// findKeyUse asks the model what State, sm, does with its key: the code
// that runs for the URI, grouped by function, and whether a condition there
// tells the URI from other keys.
func findKeyUse(c *pkgContext, sm *stateMethod) *keyUse {
	k := &keyUse{}
	m := c.modelOf()
	if m == nil {
		k.unmodelled = c.modelErr.Error()
		return k
	}
	root, err := m.State(sm.fn)
	if err != nil {
		k.unmodelled = err.Error()
		return k
	}
	if root.Partial(model.KeySide) || root.Partial(model.OtherSide) {
		k.unmodelled = "State's code is too large or recursive for parlint to follow to the end"
		return k
	}
	k.root = root
	path := root.Path(model.KeySide)
	recovered := root.Recovered(model.KeySide)
	for _, t := range c.group(path, model.KeySide) {
		pf := c.newPathFunc(t.cur, t.v)
		pf.recovered = true
		for _, x := range t.v.ctxs {
			pf.recovered = pf.recovered && recovered[x]
		}
		k.funcs = append(k.funcs, pf)
	}
	if len(k.funcs) == 0 || k.funcs[0].cur.Node() != sm.decl {
		k.funcs = append([]*pathFunc{c.newPathFunc(sm.cur, newView(model.KeySide, root))}, k.funcs...)
	}
	for _, x := range path {
		k.forwards = k.forwards || x.Forwards()
		k.indexes = k.indexes || x.Indexes()
		k.compares = k.compares || x.Compares()
		for _, cond := range x.Deciding() {
			k.dispatches = true
			k.addCond(c, cond)
		}
	}
	return k
}

// addCond records the URI literals a deciding condition spells: its own
// syntax, or a case of a switch with its tag.
func (k *keyUse) addCond(c *pkgContext, cond model.Cond) {
	if cond.Expr != nil {
		k.addLiterals(c, cond.Expr)
		return
	}
	cur, ok := c.root.FindByPos(cond.Pos, cond.Pos)
	if !ok {
		return
	}
	for cc := range cur.Enclosing((*ast.CaseClause)(nil)) {
		sw, ok := cc.Parent().Parent().Node().(*ast.SwitchStmt)
		for _, e := range cc.Node().(*ast.CaseClause).List {
			if ok && sw.Tag != nil && e.Pos() <= cond.Pos && cond.Pos < e.End() {
				k.addLiterals(c, sw.Tag, e)
			}
		}
		break
	}
}

// addLiterals records the URI literals that the comparisons in exprs spell,
// looking into same-package predicates.
func (k *keyUse) addLiterals(c *pkgContext, exprs ...ast.Expr) {
	seen := map[*types.Func]bool{}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case ast.Expr:
				if lit := c.uriLiteral(n); lit != nil && !containsLit(k.literals, lit) {
					k.literals = append(k.literals, lit)
					return false
				}
				if call, ok := n.(*ast.CallExpr); ok {
					if fn := typeutil.StaticCallee(c.pass.TypesInfo, call); fn != nil && !seen[fn] {
						seen[fn] = true
						if decl, ok := c.funcDecl(fn); ok && decl.Node().(*ast.FuncDecl).Body != nil {
							walk(decl.Node().(*ast.FuncDecl).Body)
						}
					}
				}
			}
			return true
		})
	}
	for _, e := range exprs {
		walk(e)
	}
}

func containsLit(lits []*ast.BasicLit, lit *ast.BasicLit) bool {
	for _, l := range lits {
		if l == lit {
			return true
		}
	}
	return false
}

// uriLiteral returns the string literal that spells the URI for e: e itself,
// or the value of a constant declared in the package.
func (c *pkgContext) uriLiteral(e ast.Expr) *ast.BasicLit {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if isURIValue(info, e) {
			return e
		}
	case *ast.Ident:
		k, ok := info.Uses[e].(*types.Const)
		if !ok || k.Pkg() != c.pass.Pkg {
			return nil
		}
		id, ok := c.root.FindByPos(k.Pos(), k.Pos()+token.Pos(len(k.Name())))
		if !ok {
			return nil
		}
		spec, ok := id.Parent().Node().(*ast.ValueSpec)
		if !ok {
			return nil
		}
		for i, name := range spec.Names {
			if name == id.Node() && i < len(spec.Values) {
				return c.uriLiteral(spec.Values[i])
			}
		}
	}
	return nil
}
