package parstate

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Category state-uri-missing: State never answers ArtifactStateURI, so the
// artifact's images never reach the registry.

// checkStateURIMissing reports a State that never answers the URI, more urgently
// when it returns a non-nil value for a key it does not know; not when the
// artifact has no image of its own (a constant Id): it has nothing to publish.
func checkStateURIMissing(c *pkgContext, s *scope, sm *stateMethod, d *dispatch) {
	if d.answers(c) || c.hasConstantID(sm.named) {
		return
	}
	todo := "add a branch for that key that returns the image built by " + s.img(fromArtifactName)
	if sm.param == nil {
		todo = "name the key parameter and " + todo
	}
	msg := fmt.Sprintf("%s.State never answers %s, so HCP Packer never hears of this artifact's images; %s",
		sm.typeName, s.img(uriName), todo)
	if t := nonNilFallback(c, sm); t != nil {
		msg = fmt.Sprintf("%s.State never answers %s and returns a non-nil %s for that key: Packer tries to decode it as registry images, then drops it or fails the build's registry step; %s",
			sm.typeName, s.img(uriName), typeString(c, t), todo)
	}
	s.report(CategoryURIMissing, sm.decl.Name, msg, uriMissingFix(c, sm)...)
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
			if mentionsAny(c.pass.TypesInfo, t, map[types.Object]bool{param: true}) {
				return true
			}
		}
	}
	return false
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

// uriMissingFix inserts the documented branch at the top of State.
func uriMissingFix(c *pkgContext, sm *stateMethod) []analysis.SuggestedFix {
	body := sm.decl.Body
	if sm.param == nil || sm.recv == nil || isSingleForward(body) {
		return nil
	}
	f, ok := c.editFile(sm.decl.Pos())
	if !ok {
		return nil
	}
	at := body.Lbrace + 1
	img, imports, ok := c.importFor(f, at, imagePath, imageDefault)
	if !ok {
		return nil
	}
	logName, logImport, ok := c.importFor(f, at, "log", "log")
	if !ok {
		return nil
	}
	artifact := sm.recv.Name()
	if !implementsArtifact(sm.recv.Type()) {
		artifact = "&" + artifact // a value receiver whose other methods have pointer receivers
	}
	opts := ""
	if src := sm.source(sm.recv.Name()); src.value != "" {
		opts = fmt.Sprintf(", %s(%s)", qualify(img, withSourceIDName), src.value)
	}
	branch := fmt.Sprintf(`if %s == %s {
	img, err := %s(%s%s)
	if err != nil {
		%s
		return nil
	}
	return img
}`, sm.param.Name(), qualify(img, uriName), qualify(img, fromArtifactName), artifact, opts, logError(logName))
	prepend, ok := f.Prepend(sm.decl, branch)
	if !ok {
		return nil
	}
	return fix(f, "Answer "+qualify(img, uriName)+" with the image built by "+qualify(img, fromArtifactName),
		append(imports, logImport...), prepend)
}

// isSingleForward reports whether body is a single return of a call, such as
// a wrapper's return a.inner.State(name): no branch belongs there.
func isSingleForward(body *ast.BlockStmt) bool {
	if len(body.List) != 1 {
		return false
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	_, ok = ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	return ok
}

// implementsArtifact reports whether values of t itself, not only pointers
// to it, have the six Artifact methods.
func implementsArtifact(t types.Type) bool {
	return hasArtifactMethods(types.NewMethodSet(t))
}
