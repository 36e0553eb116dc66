package parstate

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// checkState checks one artifact's State method: how it dispatches on the
// key, then everything on its registry path.
func checkState(c *pkgContext, s *scope, sm *stateMethod) {
	d := findDispatch(c, sm.cur, sm.param)
	for _, lit := range d.literals {
		s.report(CategoryURILiteral, lit, fmt.Sprintf("key compared with the literal %q; use %s so the key stays the one Packer asks for",
			uriValue, s.img(uriName)), uriLiteralFix(c, lit)...)
	}
	if !d.answers(c) {
		if !c.hasConstantID(sm.named) { // no image of its own: nothing to publish
			reportURIMissing(c, s, sm)
		}
		return
	}
	if len(d.roots) == 0 {
		return // forwarded
	}
	p := newRegistryPath(c, sm.fn, d.roots)
	errorReturns := checkErrors(c, s, p)
	checkAnswers(c, s, d.roots, errorReturns)
	checkSourceIDs(c, s, sm, p)
	checkLiterals(c, s, sm, p)
	checkAsserts(c, s, p)
}

// reportURIMissing reports a State that never answers the URI, more urgently
// when it returns a non-nil value for a key it does not know.
func reportURIMissing(c *pkgContext, s *scope, sm *stateMethod) {
	fix := "add a branch for that key that returns the image built by " + s.img(fromArtifactName)
	if sm.param == nil {
		fix = "name the key parameter and " + fix
	}
	msg := fmt.Sprintf("%s.State never answers %s, so HCP Packer never hears of this artifact's images; %s",
		sm.typeName, s.img(uriName), fix)
	if t := nonNilFallback(c, sm); t != nil {
		msg = fmt.Sprintf("%s.State never answers %s and returns a non-nil %s for that key: Packer tries to decode it as registry images, then drops it or fails the build's registry step; %s",
			sm.typeName, s.img(uriName), typeString(c, t), fix)
	}
	s.report(CategoryURIMissing, sm.decl.Name, msg, uriMissingFix(c, s, sm)...)
}

// nonNilFallback returns the type of a value that State returns, for a key it
// does not test, and that is never nil: a string, a struct, a literal.
func nonNilFallback(c *pkgContext, sm *stateMethod) types.Type {
	info := c.pass.TypesInfo
	var found types.Type
	sm.cur.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok {
			return false // a closure's returns are not State's
		}
		if found != nil || len(ret.Results) != 1 || guardedByKey(c, cur, sm.param) {
			return false
		}
		if e := ast.Unparen(ret.Results[0]); definitelyNonNil(info, e) {
			found = info.TypeOf(e)
		}
		return false
	})
	return found
}

// guardedByKey reports whether the statement at cur runs only for keys that
// State tests: it is inside an if or a case that mentions the key.
func guardedByKey(c *pkgContext, cur inspector.Cursor, param *types.Var) bool {
	if param == nil {
		return false
	}
	for anc := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.CaseClause)(nil), (*ast.SwitchStmt)(nil)) {
		var tests []ast.Node
		switch n := anc.Node().(type) {
		case *ast.IfStmt:
			tests = []ast.Node{n.Cond}
		case *ast.CaseClause:
			for _, e := range n.List {
				tests = append(tests, e)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				tests = []ast.Node{n.Tag}
			}
		}
		for _, t := range tests {
			if mentions(c.pass.TypesInfo, t, param) {
				return true
			}
		}
	}
	return false
}

// mentions reports whether the syntax n refers to v.
func mentions(info *types.Info, n ast.Node, v types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// definitelyNonNil reports whether e, stored in an interface, is never nil.
func definitelyNonNil(info *types.Info, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, ok := ast.Unparen(e.X).(*ast.CompositeLit)
		return ok
	}
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UntypedNil && u.Kind() != types.Invalid
	case *types.Struct, *types.Array:
		return true
	}
	return false
}

// typeString formats t relative to the package under analysis.
func typeString(c *pkgContext, t types.Type) string {
	return types.TypeString(t, types.RelativeTo(c.pass.Pkg))
}
