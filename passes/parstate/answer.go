package parstate

import (
	"fmt"
	"go/ast"
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
		checkAnswer(c, s, name, ret.Results[0], errorReturns, seen)
		return false
	})
}

// checkAnswer checks one value that function name returns for the URI.
func checkAnswer(c *pkgContext, s *scope, name string, e ast.Expr, errorReturns map[*ast.ReturnStmt]bool, seen map[*types.Func]bool) {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	t := info.TypeOf(e)
	if t == nil || isNil(info, e) || isImageType(t) {
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
