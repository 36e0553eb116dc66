package parstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// checkAnswers reports values returned for the URI that Packer cannot decode
// as registry images. It follows a returned call of a same-package function
// into that function's own returns. Returns on an error path are left to
// checkErrors.
func checkAnswers(c *pkgContext, s *scope, roots []inspector.Cursor, errorReturns map[*ast.ReturnStmt]bool) {
	seen := map[*types.Func]bool{}
	for _, root := range roots {
		checkReturns(c, s, root, errorReturns, seen)
	}
}

// checkReturns checks the returns under node that belong to its function.
func checkReturns(c *pkgContext, s *scope, node inspector.Cursor, errorReturns map[*ast.ReturnStmt]bool, seen map[*types.Func]bool) {
	fnCur, sig, ok := c.enclosingFunc(node)
	if !ok || !singleInterfaceResult(sig) {
		return
	}
	name := funcName(fnCur.Node())
	node.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 || errorReturns[ret] {
			return false
		}
		checkAnswer(c, s, name, ret, errorReturns, seen)
		return false
	})
}

// checkAnswer checks the value that function name returns for the URI with
// ret.
func checkAnswer(c *pkgContext, s *scope, name string, ret *ast.ReturnStmt, errorReturns map[*ast.ReturnStmt]bool, seen map[*types.Func]bool) {
	info := c.pass.TypesInfo
	e := ast.Unparen(ret.Results[0])
	t := info.TypeOf(e)
	if t == nil || isNil(info, e) {
		return
	}
	if isImageType(t) {
		checkTypedNil(c, s, name, ret, e)
		return
	}
	if types.IsInterface(t) {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return // an interface value parstate cannot see into
		}
		if fn := typeutil.StaticCallee(info, call); fn != nil && !seen[fn] {
			seen[fn] = true
			if decl, ok := c.funcDecl(fn); ok {
				checkReturns(c, s, decl.ChildAt(edge.FuncDecl_Body, -1), errorReturns, seen)
			}
		}
		return
	}
	s.report(CategoryFromArtifactMissing, e, fmt.Sprintf(
		"%s returns a value of type %s for %s, which Packer cannot decode as a registry image; return the image built by %s",
		name, typeString(c, t), s.img(uriName), s.img(fromArtifactName)))
}

// singleInterfaceResult reports whether sig returns one value of interface
// type, as State does: the value then goes to Packer as it is.
func singleInterfaceResult(sig *types.Signature) bool {
	return sig.Results().Len() == 1 && types.IsInterface(sig.Results().At(0).Type())
}

// funcName names a function declaration or literal for messages.
func funcName(n ast.Node) string {
	if fd, ok := n.(*ast.FuncDecl); ok {
		return fd.Name.Name
	}
	return "the function literal"
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// checkTypedNil reports a return, in a function whose result goes to Packer
// as it is, of a call of a same-package helper whose pointer or slice result
// is nil on some path (return nil, typically on its error path): Packer then
// gets a typed nil, not a nil interface, which it does not skip.
func checkTypedNil(c *pkgContext, s *scope, name string, ret *ast.ReturnStmt, e ast.Expr) {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	decl, ok := c.funcDecl(fn)
	if !ok {
		return
	}
	if sig := fn.Type().(*types.Signature); sig.Results().Len() != 1 {
		return
	}
	t := c.pass.TypesInfo.TypeOf(call) // instantiated, for a generic helper
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice:
	default:
		return
	}
	if !returnsNilOnError(c.pass.TypesInfo, decl) {
		return
	}
	s.report(CategoryErrorReturn, ret, fmt.Sprintf(
		"%s returns the %s of %s, which is nil when %s fails: Packer gets a typed nil, not a nil interface, and cannot skip the artifact; check the result for nil in %s and return a plain nil, or give %s an interface{} result",
		name, s.typeString(t), fn.Name(), fn.Name(), name, fn.Name()))
}

// returnsNilOnError reports whether the function declared at decl returns
// the predeclared nil, outside its closures, on an error path: inside an if
// whose condition tests an error against nil. A nil returned by a guard such
// as "if a == nil" is not about the image.
func returnsNilOnError(info *types.Info, decl inspector.Cursor) bool {
	found := false
	decl.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 || !isNil(info, ret.Results[0]) {
			return false
		}
		for anc := range cur.Enclosing((*ast.IfStmt)(nil)) {
			found = found || testsError(info, anc.Node().(*ast.IfStmt).Cond)
		}
		return false
	})
	return found
}

// testsError reports whether cond compares a value of type error with nil.
func testsError(info *types.Info, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if ok && (b.Op == token.NEQ || b.Op == token.EQL) {
			x, y := b.X, b.Y
			if isNil(info, x) {
				x, y = y, x
			}
			if t := info.TypeOf(x); t != nil && isNil(info, y) && isErrorType(t) {
				found = true
			}
		}
		return !found
	})
	return found
}
