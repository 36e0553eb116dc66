package parstate

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// This file builds the suggested fixes. A fix is offered only where the right
// edit is clear; each keeps the file compiling and gofmt-clean, reuses the
// file's import name of a package, and adds the import when it is missing.

// uriLiteralFix replaces the literal key with the SDK's constant.
func uriLiteralFix(c *pkgContext, s *scope, lit *ast.BasicLit) []analysis.SuggestedFix {
	img, edits, ok := c.importFor(s.file, lit.Pos(), imagePath, imageDefault)
	if !ok {
		return nil
	}
	return fixes("Replace the literal with "+qualify(img, uriName),
		append(edits, replace(lit, qualify(img, uriName)))...)
}

// errorReturnFix makes the return statement on an error path return nil.
func errorReturnFix(ret *ast.ReturnStmt) []analysis.SuggestedFix {
	return fixes("Return nil", replace(ret.Results[0], "nil"))
}

// uriMissingFix inserts the documented branch at the top of State.
func uriMissingFix(c *pkgContext, s *scope, sm *stateMethod) []analysis.SuggestedFix {
	body := sm.decl.Body
	if sm.param == nil || sm.recv == nil || isSingleForward(body) {
		return nil
	}
	at := body.Lbrace + 1
	img, imgEdits, ok := c.importFor(s.file, at, imagePath, imageDefault)
	if !ok {
		return nil
	}
	logName, logEdits, ok := c.importFor(s.file, at, "log", "log")
	if !ok {
		return nil
	}
	artifact := sm.recv.Name()
	if !implementsArtifact(sm.recv.Type()) {
		artifact = "&" + artifact // a value receiver whose other methods have pointer receivers
	}
	opts := ""
	if field := sourceFieldCandidate(sm.named); field != "" {
		opts = fmt.Sprintf(", %s(%s.%s)", qualify(img, withSourceIDName), sm.recv.Name(), field)
	}
	src, ok := c.source(body)
	if !ok {
		return nil
	}
	newBody := fmt.Sprintf(`{
if %s == %s {
img, err := %s(%s%s)
if err != nil {
%s.Printf("[DEBUG] error creating HCP Packer registry image: %%s", err)
return nil
}
return img
}
%s`, sm.param.Name(), qualify(img, uriName), qualify(img, fromArtifactName), artifact, opts, logName, strings.TrimLeft(src[1:], "\n"))
	formatted, ok := formatSnippet("func _() ", newBody, "")
	if !ok {
		return nil
	}
	edits := append(imgEdits, logEdits...)
	edits = append(edits, replace(body, formatted))
	return fixes("Answer "+qualify(img, uriName)+" with the image built by "+qualify(img, fromArtifactName), edits...)
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
	if _, ok := types.Unalias(t).(*types.Pointer); ok {
		return true
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"BuilderId", "Files", "Id", "String", "State", "Destroy"} {
		if ms.Lookup(nil, m) == nil {
			return false
		}
	}
	return true
}

// errorIgnoredFix names the discarded error of x, _ := call(...) and checks
// it: continue inside a loop, otherwise return nil (and the error, from a
// function that returns one).
func errorIgnoredFix(c *pkgContext, s *scope, cur inspector.Cursor, stmt ast.Node) []analysis.SuggestedFix {
	assign, ok := stmt.(*ast.AssignStmt)
	if !ok || assign.Tok != token.DEFINE {
		return nil
	}
	blank := assign.Lhs[len(assign.Lhs)-1].(*ast.Ident)
	if !isStatementInList(cur.Parent()) || !c.errNameFree(assign) {
		return nil
	}
	exit, ok := c.errorExit(cur)
	if !ok {
		return nil
	}
	indent, ok := c.indentAt(assign.Pos())
	if !ok {
		return nil
	}
	var edits []analysis.TextEdit
	check := ""
	if exit != "return nil, err" {
		logName, logEdits, ok := c.importFor(s.file, assign.Pos(), "log", "log")
		if !ok {
			return nil
		}
		edits = logEdits
		check = fmt.Sprintf("\n%s\t%s.Printf(\"[DEBUG] error creating HCP Packer registry image: %%s\", err)", indent, logName)
	}
	edits = append(edits,
		replace(blank, "err"),
		analysis.TextEdit{Pos: assign.End(), End: assign.End(), NewText: fmt.Appendf(nil,
			"\n%sif err != nil {%s\n%s\t%s\n%s}", indent, check, indent, exit, indent)})
	return fixes("Check the error and "+strings.TrimSuffix(exit, ", err"), edits...)
}

// isStatementInList reports whether cur is a statement of a block or a case.
func isStatementInList(cur inspector.Cursor) bool {
	switch cur.Parent().Node().(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		return true
	}
	return false
}

// errNameFree reports whether assign may declare err: no err of another type
// lives in its scope.
func (c *pkgContext) errNameFree(assign *ast.AssignStmt) bool {
	scope := c.scopeAt(assign.Pos())
	if scope == nil {
		return false
	}
	obj := scope.Lookup("err")
	return obj == nil || types.Identical(obj.Type(), types.Universe.Lookup("error").Type())
}

// errorExit returns the statement that leaves the error path of the call at
// cur: continue in a loop, otherwise a return of nil (and the error).
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
	case res.Len() == 1 && nilable(res.At(0).Type()):
		return "return nil", true
	case res.Len() == 2 && nilable(res.At(0).Type()) && types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type()):
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

// sourceIDFix appends WithSourceID(<artifact>.<field>) to a FromArtifact call.
func sourceIDFix(c *pkgContext, s *scope, value string, call *ast.CallExpr) []analysis.SuggestedFix {
	if value == "" || call.Ellipsis.IsValid() {
		return nil
	}
	img, edits, ok := c.importFor(s.file, call.Pos(), imagePath, imageDefault)
	if !ok {
		return nil
	}
	opt := fmt.Sprintf("%s(%s)", qualify(img, withSourceIDName), value)
	last := call.Args[len(call.Args)-1]
	text := ", " + opt
	at := last.End()
	if comma, ok := c.trailingComma(last); ok {
		indent, ok := c.indentAt(last.Pos())
		if !ok {
			return nil
		}
		at, text = comma+1, "\n"+indent+opt+","
	}
	edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)})
	return fixes("Add "+opt, edits...)
}

// literalSourceFix adds SourceImageID: <value> to an Image literal.
func literalSourceFix(c *pkgContext, value string, lit *ast.CompositeLit) []analysis.SuggestedFix {
	if value == "" || len(lit.Elts) == 0 {
		return nil
	}
	src, ok := c.source(lit)
	if !ok {
		return nil
	}
	last := lit.Elts[len(lit.Elts)-1]
	cut := int(last.End() - lit.Pos())
	elt := ", " + sourceIDField + ": " + value
	if comma, ok := c.trailingComma(last); ok {
		cut = int(comma - lit.Pos() + 1)
		elt = "\n" + sourceIDField + ": " + value + ","
	}
	indent, ok := c.indentAt(lit.Pos())
	if !ok {
		return nil
	}
	formatted, ok := formatSnippet("var _ = ", src[:cut]+elt+src[cut:], indent)
	if !ok {
		return nil
	}
	return fixes("Set "+sourceIDField+": "+value, replace(lit, formatted))
}

// sourceValue returns the expression of the artifact's source image ID at
// the FromArtifact call, <artifact>.<field>, or "" when there is no single
// plausible field or the call's artifact is not the receiver's type.
func sourceValue(c *pkgContext, sm *stateMethod, field string, call *ast.CallExpr) string {
	if field == "" || len(call.Args) == 0 {
		return ""
	}
	arg := ast.Unparen(call.Args[0])
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	if n := receiverNamed(c.pass.TypesInfo.TypeOf(arg)); n == nil || n.Origin() != sm.named.Origin() {
		return ""
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return ""
	}
	return id.Name + "." + field
}

// literalSourceValue returns <recv>.<field> for an Image literal inside a
// method of the artifact type, or "".
func literalSourceValue(c *pkgContext, sm *stateMethod, field string, cur inspector.Cursor) string {
	if field == "" {
		return ""
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		obj, ok := c.pass.TypesInfo.Defs[fn.Node().(*ast.FuncDecl).Name].(*types.Func)
		if !ok {
			return ""
		}
		recv := obj.Type().(*types.Signature).Recv()
		if recv == nil || recv.Name() == "" || recv.Name() == "_" || receiverNamed(recv.Type()) == nil ||
			receiverNamed(recv.Type()).Origin() != sm.named.Origin() {
			return ""
		}
		if scope := c.scopeAt(cur.Node().Pos()); scope == nil || lookup(scope, recv.Name(), cur.Node().Pos()) != recv {
			return "" // shadowed
		}
		return recv.Name() + "." + field
	}
	return ""
}

// importFor returns the name under which file refers to the package path at
// pos, with the edits that add the import when the file lacks it. It fails
// for a dot import and when the name is taken by something else.
func (c *pkgContext) importFor(file *ast.File, pos token.Pos, path, preferred string) (string, []analysis.TextEdit, bool) {
	scope := c.scopeAt(pos)
	if scope == nil {
		return "", nil, false
	}
	name, imported := importName(file, path, preferred)
	if imported {
		pn, ok := lookup(scope, name, pos).(*types.PkgName)
		return name, nil, name != "" && ok && pkgPath(pn.Imported()) == path
	}
	if lookup(scope, name, pos) != nil {
		return "", nil, false
	}
	edit, ok := c.importEdit(file, path, name)
	return name, []analysis.TextEdit{edit}, ok
}

func lookup(scope *types.Scope, name string, pos token.Pos) types.Object {
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// scopeAt returns the innermost scope of the file around pos.
func (c *pkgContext) scopeAt(pos token.Pos) *types.Scope {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			if s := c.pass.TypesInfo.Scopes[f]; s != nil {
				return s.Innermost(pos)
			}
		}
	}
	return nil
}

// importEdit returns the edit that adds an import of path, named name when
// that differs from the path's last element, in the right group: the
// standard library's, or the group of other module imports.
func (c *pkgContext) importEdit(file *ast.File, path, name string) (analysis.TextEdit, bool) {
	spec := strconv.Quote(path)
	if name != path[strings.LastIndex(path, "/")+1:] {
		spec = name + " " + spec
	}
	std := isStdlibPath(path)
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	if decl == nil {
		return insert(file.Name.End(), "\n\nimport "+spec), true
	}
	if !decl.Lparen.IsValid() {
		old, ok := c.source(decl.Specs[0])
		if !ok {
			return analysis.TextEdit{}, false
		}
		specs := []string{old, spec}
		sep := "\n\t"
		if isStdlibPath(importPath(decl.Specs[0])) != std {
			sep = "\n\n\t"
		}
		if std {
			specs[0], specs[1] = specs[1], specs[0]
		}
		return analysis.TextEdit{Pos: decl.Pos(), End: decl.End(), NewText: []byte("import (\n\t" + specs[0] + sep + specs[1] + "\n)")}, true
	}
	return c.groupInsert(decl, spec, path, std)
}

// groupInsert adds spec to the matching group of a parenthesized import
// declaration, in sorted position, or opens a group for it.
func (c *pkgContext) groupInsert(decl *ast.GenDecl, spec, path string, std bool) (analysis.TextEdit, bool) {
	tf := c.pass.Fset.File(decl.Pos())
	var groups [][]*ast.ImportSpec
	for i, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		if i == 0 || tf.Line(is.Pos()) > tf.Line(decl.Specs[i-1].End())+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
	}
	var group []*ast.ImportSpec
	for _, g := range groups {
		allStd := true
		for _, is := range g {
			allStd = allStd && isStdlibPath(importPath(is))
		}
		if std && allStd {
			group = g
			break
		}
		if !std && !allStd {
			group = g // the last group of module imports
		}
	}
	if group == nil {
		if std {
			return insert(tf.LineStart(tf.Line(decl.Specs[0].Pos())), "\t"+spec+"\n\n"), true
		}
		return insert(c.lineEnd(decl.Specs[len(decl.Specs)-1].End()), "\n\n\t"+spec), true
	}
	for _, is := range group {
		if importPath(is) > path {
			return insert(tf.LineStart(tf.Line(is.Pos())), "\t"+spec+"\n"), true
		}
	}
	return insert(c.lineEnd(group[len(group)-1].End()), "\n\t"+spec), true
}

func importPath(s ast.Spec) string {
	p, _ := strconv.Unquote(s.(*ast.ImportSpec).Path.Value)
	return p
}

func isStdlibPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// lineEnd returns the position of the end of the line of pos.
func (c *pkgContext) lineEnd(pos token.Pos) token.Pos {
	tf := c.pass.Fset.File(pos)
	line := tf.Line(pos)
	if line == tf.LineCount() {
		return token.Pos(tf.Base() + tf.Size())
	}
	return tf.LineStart(line+1) - 1
}

// source returns the text of n as the pass reads it.
func (c *pkgContext) source(n ast.Node) (string, bool) {
	content, tf, ok := c.content(n.Pos())
	if !ok {
		return "", false
	}
	start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
	if end > len(content) {
		return "", false
	}
	return string(content[start:end]), true
}

// content returns the file around pos, read through the pass.
func (c *pkgContext) content(pos token.Pos) ([]byte, *token.File, bool) {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return nil, nil, false
	}
	if c.contents == nil {
		c.contents = map[*token.File][]byte{}
	}
	if b, ok := c.contents[tf]; ok {
		return b, tf, b != nil
	}
	b, err := c.pass.ReadFile(tf.Name())
	if err != nil || len(b) != tf.Size() {
		b = nil // a file changed since it was parsed: offer no fix
	}
	c.contents[tf] = b
	return b, tf, b != nil
}

// indentAt returns the leading white space of the line of pos.
func (c *pkgContext) indentAt(pos token.Pos) (string, bool) {
	content, tf, ok := c.content(pos)
	if !ok {
		return "", false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	line := content[start:tf.Offset(pos)]
	if strings.TrimLeft(string(line), " \t") != "" {
		return "", false
	}
	return string(line), true
}

// trailingComma returns the position of the comma that follows n when a
// newline comes right after it, as in a list written one element a line.
func (c *pkgContext) trailingComma(n ast.Node) (token.Pos, bool) {
	content, tf, ok := c.content(n.End())
	if !ok {
		return token.NoPos, false
	}
	rest := content[tf.Offset(n.End()):]
	i := bytes.IndexFunc(rest, func(r rune) bool { return r != ' ' && r != '\t' })
	if i < 0 || rest[i] != ',' {
		return token.NoPos, false
	}
	after := bytes.TrimLeft(rest[i+1:], " \t")
	if len(after) == 0 || after[0] != '\n' && !bytes.HasPrefix(after, []byte("//")) {
		return token.NoPos, false
	}
	return n.End() + token.Pos(i), true
}

// formatSnippet gofmts code that follows prefix in a file and indents every
// line after the first by indent.
func formatSnippet(prefix, code, indent string) (string, bool) {
	out, err := format.Source([]byte("package p\n\n" + prefix + code + "\n"))
	if err != nil {
		return "", false
	}
	_, text, ok := strings.Cut(string(out), prefix)
	if !ok {
		return "", false
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = indent + lines[i]
		}
	}
	return strings.Join(lines, "\n"), true
}

func replace(n ast.Node, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}
}

func insert(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

func fixes(msg string, edits ...analysis.TextEdit) []analysis.SuggestedFix {
	return []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}
}
