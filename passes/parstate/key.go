package parstate

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file evaluates expressions under an assumption about State's key:
// what a string expression holds and whether a condition holds when the key
// is the URI, or some other key. The key is any value derived from the
// parameter without losing it (copies, conversions to a named string type,
// strings.TrimSpace); what it is compared with is anything whose value is
// known (the SDK's constant, a constant of the plugin, a variable that only
// ever holds one value).

// An env binds parameters of the function being evaluated to the string
// values they hold. State's key is bound to the URI, or to otherKey.
type env map[*types.Var]string

// otherKey stands for a key State is asked for that is not the URI; no
// plugin compares a key with it.
const otherKey = "\x00parlint: another key"

// maxDepth bounds how deep the evaluation follows same-package functions.
const maxDepth = 6

// An evaluator evaluates expressions of one package.
type evaluator struct {
	c      *pkgContext
	writes map[*types.Var]int      // the assignments to each variable of the package
	single map[*types.Var]ast.Expr // the value of a variable assigned once, where it is declared
	preds  map[predKey]truth       // memo of same-package predicates
	// counted holds the functions (or the package's root) whose
	// assignments writes and single record.
	counted map[ast.Node]bool
}

type predKey struct {
	fn  *types.Func
	arg string // the arguments' values, joined
}

// newEvaluator returns an evaluator of c's package.
func newEvaluator(c *pkgContext) *evaluator {
	return &evaluator{c: c, preds: map[predKey]truth{}}
}

// assignedOnce returns the value of v when v is assigned once, where it is
// declared, and never has its address taken. The package's assignments are
// counted on first use.
func (ev *evaluator) assignedOnce(v *types.Var) (ast.Expr, bool) {
	if ev.writes == nil {
		ev.writes, ev.single, ev.counted = map[*types.Var]int{}, map[*types.Var]ast.Expr{}, map[ast.Node]bool{}
	}
	// A local variable is assigned only inside its function; a package
	// variable anywhere in the package.
	root := ev.c.root
	if v.Pkg() != nil && v.Parent() != v.Pkg().Scope() {
		id, ok := ev.c.root.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
		if !ok {
			return nil, false
		}
		for fn := range id.Enclosing((*ast.FuncDecl)(nil)) {
			root = fn
			break
		}
	}
	switch {
	case ev.counted[nil] || ev.counted[root.Node()]:
		// the whole package, or this function, is counted
	case root.Node() == nil:
		// The whole package, afresh: the functions counted so far would
		// count twice.
		ev.writes, ev.single, ev.counted = map[*types.Var]int{}, map[*types.Var]ast.Expr{}, map[ast.Node]bool{nil: true}
		ev.countWrites(root)
	default:
		ev.counted[root.Node()] = true
		ev.countWrites(root)
	}
	return ev.single[v], ev.writes[v] == 1 && ev.single[v] != nil
}

// countWrites records the assignments to variables under root.
func (ev *evaluator) countWrites(root inspector.Cursor) {
	c := ev.c
	info := c.pass.TypesInfo
	write := func(id ast.Expr, value ast.Expr) {
		id2, ok := ast.Unparen(id).(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := info.ObjectOf(id2).(*types.Var); ok {
			ev.writes[v]++
			if value != nil && info.Defs[id2] != nil {
				ev.single[v] = value
			}
		}
	}
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil),
		(*ast.IncDecStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				var value ast.Expr
				if len(n.Lhs) == len(n.Rhs) && n.Tok == token.DEFINE {
					value = n.Rhs[i]
				}
				write(l, value)
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				var value ast.Expr
				if len(n.Names) == len(n.Values) {
					value = n.Values[i]
				}
				write(id, value)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				write(n.X, nil)
				write(n.X, nil) // its address escapes: it may change anywhere
			}
		case *ast.IncDecStmt:
			write(n.X, nil)
		case *ast.RangeStmt:
			if n.Key != nil {
				write(n.Key, nil)
				write(n.Key, nil)
			}
			if n.Value != nil {
				write(n.Value, nil)
				write(n.Value, nil)
			}
		}
	}
}

// str returns the string e holds under env, when it is known.
func (ev *evaluator) str(e ast.Expr, en env, depth int) (string, bool) {
	info := ev.c.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		return "", false
	}
	if depth > maxDepth {
		return "", false
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || !isString(v.Type()) {
			return "", false
		}
		if s, ok := en[v]; ok {
			return s, true
		}
		if value, ok := ev.assignedOnce(v); ok {
			if v.Parent() == v.Pkg().Scope() {
				en = nil // a package variable's initializer sees no parameter
			}
			return ev.str(value, en, depth+1)
		}
	case *ast.CallExpr:
		return ev.callStr(e, en, depth)
	}
	return "", false
}

// callStr returns the string a conversion or a function of the strings
// package returns under env, when it is known.
func (ev *evaluator) callStr(call *ast.CallExpr, en env, depth int) (string, bool) {
	info := ev.c.pass.TypesInfo
	args := make([]string, len(call.Args))
	for i, a := range call.Args {
		s, ok := ev.str(a, en, depth+1)
		if !ok {
			return "", false
		}
		args[i] = s
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(args) == 1 && isString(tv.Type) {
			return args[0], true // stateKey(name)
		}
		return "", false
	}
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Func:
		if obj.Pkg() == nil || obj.Pkg().Path() != "strings" {
			return "", false
		}
		f, ok := stringFuncs[obj.Name()]
		if ok && len(args) == f.args {
			return f.do(args), true
		}
	}
	return "", false
}

// stringFuncs are the functions of package strings that keep a key a key.
var stringFuncs = map[string]struct {
	args int
	do   func([]string) string
}{
	"TrimSpace":  {1, func(a []string) string { return strings.TrimSpace(a[0]) }},
	"ToLower":    {1, func(a []string) string { return strings.ToLower(a[0]) }},
	"ToUpper":    {1, func(a []string) string { return strings.ToUpper(a[0]) }},
	"Clone":      {1, func(a []string) string { return a[0] }},
	"TrimPrefix": {2, func(a []string) string { return strings.TrimPrefix(a[0], a[1]) }},
	"TrimSuffix": {2, func(a []string) string { return strings.TrimSuffix(a[0], a[1]) }},
	"Trim":       {2, func(a []string) string { return strings.Trim(a[0], a[1]) }},
}

// stringTests are the functions of package strings that test a key.
var stringTests = map[string]func(x, y string) bool{
	"EqualFold": strings.EqualFold,
	"HasPrefix": strings.HasPrefix,
	"HasSuffix": strings.HasSuffix,
	"Contains":  strings.Contains,
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// cond returns whether the boolean expression e holds under env.
func (ev *evaluator) cond(e ast.Expr, en env, depth int) truth {
	info := ev.c.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return truthOf(constant.BoolVal(tv.Value))
	}
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return ev.cond(e.X, en, depth).not()
		}
	case *ast.BinaryExpr:
		return ev.binary(e, en, depth)
	case *ast.CallExpr:
		return ev.callCond(e, en, depth)
	}
	return unknown
}

func (ev *evaluator) binary(e *ast.BinaryExpr, en env, depth int) truth {
	switch e.Op {
	case token.LAND:
		return and(ev.cond(e.X, en, depth), ev.cond(e.Y, en, depth))
	case token.LOR:
		return or(ev.cond(e.X, en, depth), ev.cond(e.Y, en, depth))
	case token.EQL, token.NEQ:
		return ev.equal(e.X, e.Y, e.Op, en, depth)
	}
	return unknown
}

// equal returns whether x op y holds, op being == or !=.
func (ev *evaluator) equal(x, y ast.Expr, op token.Token, en env, depth int) truth {
	sx, okx := ev.str(x, en, depth+1)
	sy, oky := ev.str(y, en, depth+1)
	if !okx || !oky {
		return unknown
	}
	t := truthOf(sx == sy)
	if op == token.NEQ {
		t = t.not()
	}
	return t
}

// keyed returns the value e holds under en when it holds a known, different
// value under other: e is derived from a parameter that they bind apart.
func (ev *evaluator) keyed(e ast.Expr, en, other env, depth int) (string, bool) {
	if len(en) == 0 || !mentionsVar(ev.c.pass.TypesInfo, e) {
		return "", false
	}
	s1, ok1 := ev.str(e, en, depth+1)
	if !ok1 {
		return "", false
	}
	s2, ok2 := ev.str(e, other, depth+1)
	return s1, ok2 && s1 != s2
}

// otherOf returns en with every parameter bound to another value.
func otherOf(en env) env {
	other := make(env, len(en))
	for v, s := range en {
		other[v] = s + otherKey
	}
	return other
}

// mentionsVar reports whether e refers to a variable: only then can its
// value depend on the key.
func mentionsVar(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.Var); ok {
				found = true
			}
		}
		return !found
	})
	return found
}
