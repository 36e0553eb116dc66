package parstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/internal/edit"
)

// Category error-ignored: the error of a call that builds images is
// discarded, or never read before it is assigned again.

// CategoryErrorIgnored is the category of error-ignored findings.
const CategoryErrorIgnored = "error-ignored"

var errorIgnored = check{category: CategoryErrorIgnored, on: onRegistryPath, run: checkErrorIgnored}

// checkErrorIgnored reports the image calls of the path whose error is
// discarded (x, _ := call(), or the call as a statement) or never checked.
// Returning the error to a caller is not ignoring it.
func checkErrorIgnored(t *target) {
	c, s, p := t.c, t.s, t.p
	for _, ic := range p.calls {
		call := ic.call()
		name := calleeName(s, call)
		switch {
		case ic.nilAppend != nil && (ic.discarded || !ic.checked):
			s.report(CategoryErrorIgnored, call, fmt.Sprintf(
				"error from %s is %s, and a failed call appends a nil image: Packer decodes it into an empty image and fails the build's HCP Packer step; check the error and skip the image (continue) when it is not nil",
				name, ignoredHow(ic)), errorIgnoredFix(c, ic))
		case ic.nilAppend != nil:
			s.report(CategoryErrorIgnored, call, fmt.Sprintf(
				"a failed %s appends a nil image: Packer decodes it into an empty image and fails the build's HCP Packer step; check the error before the append and skip the image (continue) when it is not nil",
				name))
		case ic.discarded:
			s.report(CategoryErrorIgnored, call, fmt.Sprintf(
				"error from %s is discarded; check it, log it and return nil so that Packer skips the artifact on purpose%s", name, typedNilAdvice(s, ic)),
				errorIgnoredFix(c, ic))
		case !ic.checked:
			s.report(CategoryErrorIgnored, call, fmt.Sprintf(
				"error from %s is never checked; check it, log it and return nil so that Packer skips the artifact on purpose%s", name, typedNilAdvice(s, ic)))
		}
	}
}

// typedNilAdvice says, for a call in a helper whose one result is a pointer
// or a slice, how to return nil without handing State a typed nil.
func typedNilAdvice(s *stateReporter, ic *imageCall) string {
	res := ic.pf.sig.Results()
	if res.Len() != 1 || !nilableConcrete(res.At(0).Type()) {
		return ""
	}
	return fmt.Sprintf("; %s returns a %s, whose nil reaches Packer as a typed nil: return (%s, error) and check the error in State, or give %s an interface{} result",
		ic.pf.name, s.typeString(res.At(0).Type()), s.typeString(res.At(0).Type()), ic.pf.name)
}

// ignoredHow says how the error of ic is ignored, for messages.
func ignoredHow(ic *imageCall) string {
	if ic.discarded {
		return "discarded"
	}
	return "never checked"
}

// errorIgnoredFix names the discarded error of x, _ := call(...) and checks
// it: continue inside a loop, otherwise return nil (and the error, from a
// function that returns one), logging it as the documented pattern does.
// It deletes only the blank identifier, which uses nothing.
func errorIgnoredFix(c *pkgContext, ic *imageCall) proposedFix {
	assign, ok := ic.stmt.(*ast.AssignStmt)
	if !ok || assign.Tok != token.DEFINE || !isStatementInList(ic.cur.Parent()) {
		return proposedFix{}
	}
	name, ok := c.freeErrName(assign)
	if !ok {
		return proposedFix{}
	}
	f, ok := c.editFile(assign.Pos()) // a helper's call may be in another file than State
	if !ok {
		return proposedFix{}
	}
	exit, ok := c.errorExit(ic.cur)
	if !ok {
		return proposedFix{}
	}
	var imports []edit.Import
	exit = strings.Replace(exit, ", err", ", "+name, 1)
	check := "if " + name + " != nil {\n" + exit + "\n}"
	if exit != "return nil, "+name {
		logStmt, logImport, ok := c.logImageError(f, assign.Pos(), "%s", name)
		if !ok {
			return proposedFix{}
		}
		imports = logImport
		check = "if " + name + " != nil {\n" + logStmt + "\n" + exit + "\n}"
	}
	after, ok := f.InsertAfter(assign, check)
	if !ok {
		return proposedFix{}
	}
	blank := assign.Lhs[len(assign.Lhs)-1]
	return fix(f, "Check the error and "+strings.TrimSuffix(exit, ", "+name), imports, []ast.Node{blank}, edit.Replace(blank, name), after)
}

// isStatementInList reports whether cur is a statement of a block or a case.
func isStatementInList(cur inspector.Cursor) bool {
	switch cur.Parent().Node().(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		return true
	}
	return false
}

// freeErrName returns a name that assign may declare for the error: err
// when nothing by that name is in scope, or err of type error declared in
// the same scope and read nowhere after assign (so no other error waiting
// for its check is overwritten), else the first of imgErr, err2, err3 that
// is free.
func (c *pkgContext) freeErrName(assign *ast.AssignStmt) (string, bool) {
	scope := c.scopeAt(assign.Pos())
	if scope == nil {
		return "", false
	}
	if _, obj := scope.LookupParent("err", assign.Pos()); obj == nil {
		return "err", true
	} else if v, ok := obj.(*types.Var); ok && isErrorType(v.Type()) && scope.Lookup("err") == obj && !c.readAfter(v, assign.End()) {
		return "err", true
	}
	for _, name := range []string{"imgErr", "err2", "err3"} {
		if _, obj := scope.LookupParent(name, assign.Pos()); obj == nil {
			return name, true
		}
	}
	return "", false
}

// readAfter reports whether v is read after pos.
func (c *pkgContext) readAfter(v *types.Var, pos token.Pos) bool {
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj == v && id.Pos() > pos {
			return true
		}
	}
	return false
}

// errorExit returns the statement that leaves the error path of the call at
// cur: continue in a loop, otherwise a return of nil (and the error). A
// function whose one result is a pointer or a slice gets none: its nil would
// reach Packer as a typed nil when State returns it.
func (c *pkgContext) errorExit(cur inspector.Cursor) (string, bool) {
	if inLoop(cur) {
		return "continue", true
	}
	_, sig, ok := c.enclosingFunc(cur)
	if !ok {
		return "", false
	}
	res := sig.Results()
	switch {
	case res.Len() == 1 && types.IsInterface(res.At(0).Type()):
		return "return nil", true
	case res.Len() == 2 && nilable(res.At(0).Type()) && isErrorType(res.At(1).Type()):
		return "return nil, err", true
	}
	return "", false
}

func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return true
	}
	return false
}

// inLoop reports whether cur is inside a loop of its function.
func inLoop(cur inspector.Cursor) bool {
	for anc := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch anc.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		}
		return false
	}
	return false
}
