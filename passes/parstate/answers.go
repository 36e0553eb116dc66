package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// This file reads the answers of State from the model (every value a
// return hands Packer, followed back through variables and same-package
// code to what makes it), through syntax: what reaches Packer.

// An answer is an expression whose value a return of State hands to Packer.
type answer struct {
	ret  *ast.ReturnStmt // State's return
	leaf ast.Expr        // the expression that makes the value
	fn   string          // the function whose code leaf is, for messages
	via  *types.Func     // the same-package function the value last came out of, or nil
	// typed: the value passed through a variable or result of pointer or
	// slice type, so a nil there is a typed nil.
	typed bool
	// onErr: leaf is returned only on an image call's error path.
	onErr bool
	// guarded: a nil leaf cannot reach State's return (a nil check, or an
	// error check of the call that made it, is on the way); ignored: the
	// error of that call is discarded, which error-ignored reports.
	guarded, ignored bool
}

// answersOf returns the answers of State, pf, for the key of pf's side, as
// the model traces them, leaving out its returns that run only on an error
// path (error-return's).
func (c *pkgContext) answersOf(pf *pathFunc, errorReturns map[*ast.ReturnStmt]bool) []answer {
	if len(pf.v.ctxs) != 1 {
		return nil
	}
	var out []answer
	for _, ma := range pf.v.ctxs[0].Answers(pf.v.side) {
		ret := pf.liveReturn(c, ma.Ret)
		if ret == nil || len(ret.Results) != 1 || errorReturns[ret] {
			continue // a return the builder made, after a recovered panic
		}
		a := answer{ret: ret, fn: pf.name, typed: ma.Typed, guarded: ma.Guarded, ignored: ma.Ignored}
		last := ret
		for _, step := range ma.Via {
			cur, ok := c.funcCursor(step.Func)
			if !ok {
				continue
			}
			a.fn = funcName(step.Func)
			if _, ok := step.Func.(*ast.FuncDecl); ok {
				a.via = step.Obj
			}
			sv := newView(pf.v.side, step.Ctx)
			callee := c.newPathFunc(cur, sv)
			if r := callee.liveReturn(c, step.Ret); r != nil {
				last = r
				a.onErr = a.onErr || c.onlyOnError(cur, sv, r)
			}
		}
		a.leaf = answerLeaf(c.pass.TypesInfo, ma, last)
		out = append(out, a)
	}
	return out
}

// answerLeaf returns the syntax of an answer's value: the model's, or, for
// a nil without syntax of its own, the nil of the return it came out of,
// or a nil made up for it (the zero value of a variable declared without
// one).
func answerLeaf(info *types.Info, ma model.Answer, last *ast.ReturnStmt) ast.Expr {
	if ma.Expr != nil {
		return ma.Expr
	}
	if len(last.Results) == 1 && (ma.Nil || ma.Type == nil) && isNil(info, last.Results[0]) {
		return last.Results[0]
	}
	if ma.Nil {
		return ast.NewIdent("nil")
	}
	return last.Results[0]
}

// onlyOnError reports whether ret, in the function at fn, runs only when an
// image call before it failed. The registry path records its own functions
// (recordErrorOnly); another function is traced on first use.
func (c *pkgContext) onlyOnError(fn inspector.Cursor, v view, ret *ast.ReturnStmt) bool {
	key := errorOnlyKey{fn.Node(), v.key()}
	rets, ok := c.errorOnly[key]
	if !ok {
		pf := c.newPathFunc(fn, v)
		var calls []*imageCall
		pf.inspect(c, func(cur inspector.Cursor) bool {
			if call, ok := cur.Node().(*ast.CallExpr); ok && c.isImageCall(call) {
				calls = append(calls, newImageCall(c, pf, cur))
			}
			return true
		})
		rets = c.recordErrorOnly(pf, calls)
	}
	return rets[ret]
}

// recordErrorOnly records, for onlyOnError, the returns of pf that run only
// when one of calls, the image calls of pf, failed, and returns them.
func (c *pkgContext) recordErrorOnly(pf *pathFunc, calls []*imageCall) map[*ast.ReturnStmt]bool {
	key := errorOnlyKey{pf.cur.Node(), pf.v.key()}
	if rets, ok := c.errorOnly[key]; ok {
		return rets
	}
	rets := map[*ast.ReturnStmt]bool{}
	for _, ic := range calls {
		if ic.pf == pf {
			for r := range ic.onlyOnError {
				rets[r] = true
			}
		}
	}
	c.errorOnly[key] = rets
	return rets
}

// An errorOnlyKey identifies a function in a view, for onlyOnError.
type errorOnlyKey struct {
	fn   ast.Node
	view string
}

// isImageCall reports whether call builds images and returns an error.
func (c *pkgContext) isImageCall(call *ast.CallExpr) bool {
	switch imageFunc(c.pass.TypesInfo, call) {
	case fromArtifactName, fromMappedName:
		return true
	case "":
		return c.isImageHelperCall(call)
	}
	return false
}

// nilableConcrete reports whether t is a pointer or a slice type: a nil of
// it, stored in an interface, is a typed nil.
func nilableConcrete(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map:
		return true
	}
	return false
}

// unknownKeyAnswer returns the type of what State returns for a key it does
// not test, and the outcome at Packer of the worst such value.
func (c *pkgContext) unknownKeyAnswer(sm *stateMethod, k *keyUse) (types.Type, outcome) {
	worst := outcomeUnknown
	var worstType types.Type
	for _, a := range c.otherKeyAnswers(sm, k) {
		if o := c.classify(a); o > worst {
			worst, worstType = o, c.pass.TypesInfo.TypeOf(a.leaf)
		}
	}
	return worstType, worst
}

// otherKeyAnswers returns what State, sm, answers a key it does not test,
// on first use.
func (c *pkgContext) otherKeyAnswers(sm *stateMethod, k *keyUse) []answer {
	if k.root == nil {
		return nil
	}
	if k.others == nil {
		answers := c.answersOf(c.newPathFunc(sm.cur, newView(model.OtherSide, k.root)), nil)
		k.others = &answers
	}
	return *k.others
}

// alwaysNil reports whether State answers a plain nil to any key it does
// not test.
func (c *pkgContext) alwaysNil(sm *stateMethod, k *keyUse) bool {
	answers := c.otherKeyAnswers(sm, k)
	for _, a := range answers {
		if !isNilLeaf(c.pass.TypesInfo, a.leaf) {
			return false
		}
	}
	return len(answers) > 0
}
