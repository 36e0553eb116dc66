package parstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/internal/edit"
)

// Category error-return: on the error path of a call that builds images, a
// function whose result goes to Packer as it is returns anything but a plain
// nil; or State returns a helper's typed nil.

// CategoryErrorReturn is the category of error-return findings.
const CategoryErrorReturn = "error-return"

var errorReturn = check{category: CategoryErrorReturn, on: onRegistryPath, run: checkErrorReturn}

// checkErrorReturn reports the returns on the error paths of the path's
// image calls that return anything but a plain nil, and the answers that
// hand Packer a helper's typed nil.
func checkErrorReturn(t *target) {
	c, s, p := t.c, t.s, t.p
	info := c.pass.TypesInfo
	for _, ic := range p.calls {
		for _, ret := range ic.errorPath {
			if isNil(info, ret.Results[0]) {
				continue
			}
			advice, proposal := "return a plain nil so that Packer skips the artifact as the SDK's pattern does", errorReturnFix(c, ret)
			if slices.Contains(ic.shared, ret) {
				advice = "return a plain nil where the error is not nil, so that Packer skips the artifact as the SDK's pattern does"
				proposal = sharedReturnFix(c, ic)
			}
			s.report(CategoryErrorReturn, ret, fmt.Sprintf("%s returns %s on the error path of %s: %s; %s",
				ic.pf.name, describeValue(c, s, ret.Results[0], ic.errVar), calleeName(s, ic.call()), errorPathConsequence(c, ret.Results[0]), advice),
				proposal)
		}
	}
	for _, a := range p.answers {
		checkTypedNil(c, s, a)
	}
}

// describeValue says in words what e is, for messages.
func describeValue(c *pkgContext, s *stateReporter, e ast.Expr, errVar *types.Var) string {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && info.Uses[id] == errVar {
		return "the error"
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 && info.Types[call.Fun].IsType() && isNil(info, call.Args[0]) {
		return "a typed nil"
	}
	t := info.TypeOf(e)
	switch {
	case t == nil:
		return "a value"
	case isErrorType(t):
		return "an error"
	case isImageType(t):
		return "the image"
	}
	return "a value of type " + s.typeString(t)
}

// errorPathConsequence says what Packer does with e, returned on an error
// path.
func errorPathConsequence(c *pkgContext, e ast.Expr) string {
	t := c.pass.TypesInfo.TypeOf(e)
	switch {
	case t == nil:
	case isErrorType(t):
		return outcomeSilent.consequence()
	case nilableConcrete(t):
		return "a typed nil, which RPC turns into nil, so Packer skips the artifact, but the plugin's own tests see a non-nil value"
	}
	if o := c.classify(answer{leaf: ast.Unparen(e)}); o > outcomeSkipped {
		return o.consequence()
	}
	return "Packer may get a value it cannot use"
}

// checkTypedNil reports an answer that is a nil of pointer or slice type,
// returned on an image call's error path: State hands Packer a typed nil,
// not the plain nil the SDK's pattern returns.
func checkTypedNil(c *pkgContext, s *stateReporter, a answer) {
	if !a.typed || !a.onErr || a.guarded || a.ignored || !isNilLeaf(c.pass.TypesInfo, a.leaf) {
		return
	}
	from := "a nil " + s.typeString(c.pass.TypesInfo.TypeOf(a.leaf))
	if a.via != nil {
		from = fmt.Sprintf("the %s of %s, which is nil when building the image fails",
			s.typeString(a.via.Type().(*types.Signature).Results().At(0).Type()), a.via.Name())
	}
	s.report(CategoryErrorReturn, a.ret, fmt.Sprintf(
		"State returns %s: a typed nil, which RPC turns into nil, so Packer skips the artifact, but the plugin's own tests see a non-nil value; check it for nil and return a plain nil, or give %s an interface{} result",
		from, funcOrHelper(a)))
}

func funcOrHelper(a answer) string {
	if a.via != nil {
		return a.via.Name()
	}
	return a.fn
}

// errorReturnFix makes the return statement on an error path return nil.
// When deleting the returned expression could leave a variable or an import
// unused (return fmt.Errorf("...: %w", err), return wrapped), alone or with
// the file's other fixes, the file would not compile, so the fix logs the
// expression first, as the documented pattern logs the error: nothing
// becomes unused, and the expression's side effects stay. Which it can do
// depends on what the other fixes delete, so it is built after them; either
// way it replaces the expression, which is what it declares it deletes.
func errorReturnFix(c *pkgContext, ret *ast.ReturnStmt) proposedFix {
	f, ok := c.editFile(ret.Pos())
	if !ok {
		return proposedFix{}
	}
	e := ret.Results[0]
	deletes := []ast.Node{e}
	return afterOthers(deletes, func(deleted deletions) proposedFix {
		if c.removable(f.Syntax, e, deleted) {
			return fix(f, "Return nil", nil, deletes, edit.Replace(e, "nil"))
		}
		src, ok := f.Text(e)
		if !ok {
			return proposedFix{}
		}
		logStmt, logImport, ok := c.logImageError(f, ret.Pos(), "%v", src)
		if !ok {
			return proposedFix{}
		}
		logIt, ok := f.InsertBefore(ret, logStmt)
		if !ok {
			return proposedFix{}
		}
		// The expression goes on into the log: it deletes nothing.
		return fix(f, "Log it and return nil", logImport, nil, logIt, edit.Replace(e, "nil"))
	})
}

// removable reports whether e can be deleted without leaving a variable or
// an import of file unused, whichever other fixes are applied with it: every
// local variable and package name e refers to is also used outside what the
// package's fixes may delete, e included (the err of "if err != nil" is, and
// so is the img of a final "return img"; the fmt of fmt.Errorf usually is
// not).
func (c *pkgContext) removable(file *ast.File, e ast.Expr, deleted deletions) bool {
	info := c.pass.TypesInfo
	refs := map[types.Object]bool{}
	selected := map[*ast.Ident]bool{}
	dotImported := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			selected[n.Sel] = true
		case *ast.Ident:
			switch obj := info.Uses[n].(type) {
			case *types.PkgName:
				refs[obj] = true
			case *types.Var:
				if obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
					refs[obj] = true // a local variable
				}
			case nil:
			default:
				// A package-level name of another package, unqualified:
				// a dot import, whose uses parstate does not count.
				pkg := obj.Pkg()
				dotImported = dotImported || !selected[n] && pkg != nil && pkg != c.pass.Pkg && obj.Parent() == pkg.Scope()
			}
		}
		return true
	})
	if dotImported {
		return false
	}
	if len(refs) == 0 {
		return true
	}
	fileCur, ok := c.root.FindNode(file)
	if !ok {
		return false
	}
	kept := map[types.Object]bool{}
	for cur := range fileCur.Preorder((*ast.Ident)(nil)) {
		obj := info.Uses[cur.Node().(*ast.Ident)]
		if refs[obj] && !kept[obj] && !isWrite(cur) && !deleted.covers(cur.Node()) {
			kept[obj] = true
		}
	}
	return len(kept) == len(refs)
}

// isWrite reports whether the identifier at cur is written, not read: the
// target of an assignment or of ++ and --. Go does not count those as uses.
func isWrite(cur inspector.Cursor) bool {
	switch cur.ParentEdgeKind() {
	case edge.AssignStmt_Lhs, edge.IncDecStmt_X:
		return true
	}
	return false
}

// sharedReturnFix ends with return nil the branch that runs when the error
// of ic is not nil: the first if or tagless switch case after the call, in
// the same statement list, that only a failed call takes. The shared
// return keeps handing Packer the image on success. It deletes nothing.
func sharedReturnFix(c *pkgContext, ic *imageCall) proposedFix {
	f, ok := c.editFile(ic.cur.Node().Pos())
	if !ok {
		return proposedFix{}
	}
	body := failureBranch(c.pass.TypesInfo, ic)
	if len(body) == 0 || terminates(body[len(body)-1]) {
		return proposedFix{}
	}
	insert, ok := f.InsertAfter(body[len(body)-1], "return nil")
	if !ok {
		return proposedFix{}
	}
	return fix(f, "Return nil when the error is not nil", nil, nil, insert)
}

// failureBranch returns the statements of the first branch after ic's
// statement that runs only when its error is not nil.
func failureBranch(info *types.Info, ic *imageCall) []ast.Stmt {
	stmt, ok := ic.stmt.(ast.Stmt)
	if !ok || ic.errVar == nil {
		return nil
	}
	list := stmtList(ic.cur.Parent().Parent().Node())
	at := slices.Index(list, stmt)
	if at < 0 {
		return nil
	}
	failed := func(e ast.Expr) bool {
		return nilTruth(info, ic.errVar, e, nil, false) == yes && nilTruth(info, ic.errVar, e, nil, true) == no
	}
	for _, s := range list[at+1:] {
		switch s := s.(type) {
		case *ast.IfStmt:
			if s.Init == nil && failed(s.Cond) {
				return s.Body.List
			}
			if s.Init == nil && s.Else != nil && nilTruth(info, ic.errVar, s.Cond, nil, false) == no {
				if els, ok := s.Else.(*ast.BlockStmt); ok {
					return els.List
				}
			}
		case *ast.SwitchStmt:
			if s.Tag != nil || s.Init != nil {
				continue
			}
			for _, cc := range s.Body.List {
				clause := cc.(*ast.CaseClause)
				if len(clause.List) == 1 && failed(clause.List[0]) {
					return clause.Body
				}
			}
		}
	}
	return nil
}

// stmtList returns the statements of a block or a case.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// terminates reports whether s ends its branch: a return, a branch
// statement or a panic.
func terminates(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}
