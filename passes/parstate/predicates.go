package parstate

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// callCond evaluates a test of package strings, or a same-package predicate
// of string arguments: what every return it reaches answers.
func (ev *evaluator) callCond(call *ast.CallExpr, en env, depth int) truth {
	info := ev.c.pass.TypesInfo
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return unknown
	}
	if fn.Pkg() != nil && fn.Pkg().Path() == "strings" {
		test, ok := stringTests[fn.Name()]
		if !ok || len(call.Args) != 2 {
			return unknown
		}
		x, okx := ev.str(call.Args[0], en, depth+1)
		y, oky := ev.str(call.Args[1], en, depth+1)
		if !okx || !oky {
			return unknown
		}
		return truthOf(test(x, y))
	}
	if depth > maxDepth {
		return unknown
	}
	decl, ok := ev.c.funcDecl(fn)
	if !ok {
		return unknown
	}
	sig := fn.Type().(*types.Signature)
	callee, key := ev.bindArgs(sig, call, en, depth)
	if len(callee) == 0 {
		return unknown // the predicate does not test its argument
	}
	k := predKey{fn.Origin(), key}
	if t, ok := ev.preds[k]; ok {
		return t
	}
	ev.preds[k] = unknown // a recursive predicate is unknown
	t := unknown
	first := true
	for _, ret := range ev.c.flowOf(decl.Node()).reachedReturns(ev, callee, depth+1) {
		if len(ret.Results) != 1 {
			t = unknown
			break
		}
		r := ev.cond(ret.Results[0], callee, depth+1)
		if first {
			t, first = r, false
		} else if r != t {
			t = unknown
		}
	}
	ev.preds[k] = t
	return t
}

// bindArgs binds the parameters of sig to the known string values of the
// call's arguments under en, and returns a key of the binding.
func (ev *evaluator) bindArgs(sig *types.Signature, call *ast.CallExpr, en env, depth int) (env, string) {
	callee := env{}
	var key strings.Builder
	var other env // en with the key elsewhere, made on first use
	for i, a := range call.Args {
		if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
			break
		}
		if len(en) == 0 || !mentionsVar(ev.c.pass.TypesInfo, a) {
			continue
		}
		if other == nil {
			other = otherOf(en)
		}
		if s, ok := ev.keyed(a, en, other, depth); ok {
			callee[sig.Params().At(i)] = s
			key.WriteString(s)
			key.WriteByte(0)
		}
	}
	return callee, key.String()
}
