package parstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file finds what runs when State is asked for the URI: State's
// graph under the env that binds its key to the URI, and, transitively, the
// same-package functions, methods, closures and table handlers that code
// reaches. It also tells what State does with its key: answers the URI,
// forwards it, or neither.

// A keyUse is what State does with its key.
type keyUse struct {
	funcs      []*pathFunc     // State first, then what it reaches for the URI
	dispatches bool            // a condition that runs for the URI tells it from other keys
	literals   []*ast.BasicLit // "par.artifact.metadata" spelled in such a condition
	forwards   bool            // the key goes to code parstate cannot see, whose result State uses
	indexes    bool            // the key indexes a map, which may hold the URI
	compares   bool            // the key is compared with the URI in a way parstate does not follow
}

// dispatchesOrMay reports whether State answers the URI, or may: a comparison
// parstate does not follow, forwarding, or a map index in a package that
// stores something under the URI count, since a report on a State that
// answers costs more than a missed one.
func (k *keyUse) dispatchesOrMay(c *pkgContext) bool {
	return k.dispatches || k.forwards || k.compares || k.indexes && c.usesURIAsMapKey()
}

// findKeyUse follows State's key from sm through everything that runs for
// the URI.
func findKeyUse(c *pkgContext, sm *stateMethod) *keyUse {
	k := &keyUse{}
	en, other := env{}, env{}
	if sm.param != nil {
		en[sm.param], other[sm.param] = uriValue, otherKey
	}
	seen := map[ast.Node]bool{}
	queue := []callTarget{{sm.cur, en, other}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if seen[it.cur.Node()] {
			continue
		}
		seen[it.cur.Node()] = true
		pf := c.newPathFunc(it.cur, it.en, it.other)
		k.funcs = append(k.funcs, pf)
		k.scanConds(c, pf)
		queue = append(queue, k.scanCalls(c, pf)...)
	}
	return k
}

// scanConds records the conditions of pf that run for the URI and tell it
// from other keys, and the URI literals they spell.
func (k *keyUse) scanConds(c *pkgContext, pf *pathFunc) {
	if len(pf.en) == 0 {
		return
	}
	for _, e := range pf.reach.conds {
		t := pf.flow.eval(c.eval, e, pf.en, 0)
		if t == pf.flow.eval(c.eval, e, pf.other, 0) {
			continue
		}
		k.dispatches = true
		if tag, ok := pf.flow.tags[e]; ok {
			k.addLiterals(c, tag, e)
		} else {
			k.addLiterals(c, e)
		}
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

// A callTarget is a function the registry path reaches, with the key-derived
// values of its parameters.
type callTarget struct {
	cur       inspector.Cursor
	en, other env
}

// scanCalls returns the same-package functions and literals that the code
// of pf that runs for the URI refers to, and records forwarding, map
// indexes and unfollowed comparisons of the key.
func (k *keyUse) scanCalls(c *pkgContext, pf *pathFunc) []callTarget {
	info := c.pass.TypesInfo
	var out []callTarget
	pf.inspect(c, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			lit, _ := c.root.FindNode(n)
			out = append(out, callTarget{lit, pf.en, pf.other})
			return false
		case *ast.Ident:
			if fn, ok := info.Uses[n].(*types.Func); ok && fn.Pkg() == c.pass.Pkg && cur.ParentEdgeKind() != edge.CallExpr_Fun &&
				!(cur.ParentEdgeKind() == edge.SelectorExpr_Sel && cur.Parent().ParentEdgeKind() == edge.CallExpr_Fun) {
				if decl, ok := c.funcDecl(fn); ok {
					out = append(out, callTarget{decl, nil, nil}) // a method value or function value
				}
			}
		case *ast.CallExpr:
			out = append(out, k.call(c, pf, cur, n)...)
		case *ast.IndexExpr:
			if pf.dependsOnKey(c, n.Index) {
				if _, ok := typeUnder(info.TypeOf(n.X)).(*types.Map); ok {
					k.indexes = true
				}
				for _, h := range c.tableEntries(pf, n) {
					k.dispatches = true
					out = append(out, callTarget{h, nil, nil})
				}
			}
		case *ast.BinaryExpr:
			k.unfollowed(c, pf, n)
		}
		return true
	})
	return out
}

// call returns what the call at cur reaches, binding the callee's
// parameters to the key-derived arguments, and records forwarding.
func (k *keyUse) call(c *pkgContext, pf *pathFunc, cur inspector.Cursor, call *ast.CallExpr) []callTarget {
	info := c.pass.TypesInfo
	keyed := false
	for _, a := range call.Args {
		keyed = keyed || pf.dependsOnKey(c, a)
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return nil // a conversion is never forwarding: stateKey(name)
	}
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return nil
	case *types.Func:
		if decl, ok := c.funcDecl(obj); ok {
			sig := obj.Type().(*types.Signature)
			en, _ := c.eval.bindArgs(sig, call, pf.en, 0)
			other, _ := c.eval.bindArgs(sig, call, pf.other, 0)
			return []callTarget{{decl, en, other}}
		}
		if keyed && obj.Name() != "State" && c.isStdlib(obj.Pkg()) {
			return nil // strings.ToLower(name), fmt.Sprint(name)
		}
	}
	if keyed && c.resultUsed(cur) {
		k.forwards = true // another artifact's State, or code in another package
	}
	return nil
}

// unfollowed records a comparison of the URI with something that mentions
// the key but that the evaluation cannot decide (through a pointer to the
// key: *p == URI), and a comparison of the key with an expression that does
// not type-check (a missing import), which may be the URI.
func (k *keyUse) unfollowed(c *pkgContext, pf *pathFunc, b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ || len(pf.en) == 0 {
		return
	}
	info := c.pass.TypesInfo
	if pf.dependsOnKey(c, b.X) && !typeChecks(info, b.Y) || pf.dependsOnKey(c, b.Y) && !typeChecks(info, b.X) {
		k.forwards = true
		return
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if isURIValue(info, pair[0]) && !pf.dependsOnKey(c, pair[1]) && mentionsAny(info, pair[1], pf.keyVars(c)) {
			k.compares = true
		}
	}
}

// typeChecks reports whether e has a valid type: a comparison with a key
// that does not type-check (a missing import, say) may well be the URI.
func typeChecks(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && t != types.Typ[types.Invalid]
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// resultUsed reports whether the result of the call at cur is used: the
// call has a result and is not a statement of its own nor assigned to _ alone.
// A logger or a trace hook that is handed the key is called for its effect;
// code whose result State uses (returns, stores, converts, switches on) may
// answer the key.
func (c *pkgContext) resultUsed(cur inspector.Cursor) bool {
	call := cur.Node().(*ast.CallExpr)
	if sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && sig.Results().Len() == 0 {
		return false
	}
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		return false
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
				return true
			}
		}
		return false
	}
	return true
}

// mentionsAny reports whether the syntax n refers to one of vars.
func mentionsAny(info *types.Info, n ast.Node, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}
