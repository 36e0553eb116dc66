package parstate

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// This file builds the suggested fixes. A fix is offered only where the right
// edit is clear; each keeps the file compiling and gofmt-clean, reuses the
// file's import name of a package, and adds the import when it is missing.

// uriLiteralFix replaces the literal key with the SDK's constant.
func uriLiteralFix(c *pkgContext, lit *ast.BasicLit) []analysis.SuggestedFix {
	file := c.fileOf(lit.Pos()) // the literal may be a constant's, in another file
	if file == nil {
		return nil
	}
	img, imports, ok := c.importFor(file, lit.Pos(), imagePath, imageDefault)
	if !ok {
		return nil
	}
	return c.fix(file, "Replace the literal with "+qualify(img, uriName), imports, replace(lit, qualify(img, uriName)))
}

// errorReturnFix makes the return statement on an error path return nil.
// When deleting the returned expression could leave a variable or an import
// unused (return fmt.Errorf("...: %w", err), return wrapped), alone or with
// the file's other fixes, the file would not compile, so the fix logs the
// expression first, as the documented pattern logs the error: nothing
// becomes unused, and the expression's side effects stay.
func errorReturnFix(c *pkgContext, ret *ast.ReturnStmt) []analysis.SuggestedFix {
	file := c.fileOf(ret.Pos())
	if file == nil {
		return nil
	}
	e := ret.Results[0]
	if c.removable(file, e) {
		return c.fix(file, "Return nil", nil, replace(e, "nil"))
	}
	src, ok := c.source(e)
	if !ok {
		return nil
	}
	indent, ok := c.indentAt(ret.Pos())
	if !ok {
		return nil
	}
	logName, logImport, ok := c.importFor(file, ret.Pos(), "log", "log")
	if !ok {
		return nil
	}
	// gofmt spaces an expression by its depth, so the copy is formatted
	// where it now stands.
	stmt, ok := formatStmt(fmt.Sprintf(`%s.Printf("[DEBUG] error creating HCP Packer registry image: %%v", %s)`, logName, src), indent)
	if !ok {
		return nil
	}
	return c.fix(file, "Log it and return nil", logImport, insert(ret.Pos(), stmt+"\n"+indent), replace(e, "nil"))
}

// formatStmt gofmts a statement for a function body, with indent before
// every line after the first.
func formatStmt(stmt, indent string) (string, bool) {
	block, ok := formatSnippet("func _() ", "{\n"+stmt+"\n}", "")
	if !ok {
		return "", false
	}
	lines := strings.Split(block, "\n")
	if len(lines) < 3 {
		return "", false
	}
	lines = lines[1 : len(lines)-1] // inside the braces
	for i, line := range lines {
		line = strings.TrimPrefix(line, "\t")
		if i > 0 && line != "" {
			line = indent + line
		}
		lines[i] = line
	}
	return strings.Join(lines, "\n"), true
}

// removable reports whether e can be deleted without leaving a variable or
// an import of file unused, whichever other fixes are applied with it: every
// local variable and package name e refers to is also used outside the
// returns on error paths of file, the only code other fixes delete (the err
// of "if err != nil" is, and so is the img of a final "return img"; the fmt
// of fmt.Errorf usually is not).
func (c *pkgContext) removable(file *ast.File, e ast.Expr) bool {
	info := c.pass.TypesInfo
	refs := map[types.Object]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			switch obj := info.Uses[id].(type) {
			case *types.PkgName:
				refs[obj] = true
			case *types.Var:
				if obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
					refs[obj] = true // a local variable
				}
			}
		}
		return true
	})
	if len(refs) == 0 {
		return true
	}
	fileCur, ok := c.root.FindNode(file)
	if !ok {
		return false
	}
	kept := map[types.Object]bool{}
	for cur := range fileCur.Preorder((*ast.Ident)(nil)) {
		if obj := info.Uses[cur.Node().(*ast.Ident)]; refs[obj] && !kept[obj] && !onErrorReturn(info, cur) {
			kept[obj] = true
		}
	}
	return len(kept) == len(refs)
}

// onErrorReturn reports whether cur is inside the result of a return
// statement that an if testing an error against nil encloses: the returns
// that error-return fixes may replace.
func onErrorReturn(info *types.Info, cur inspector.Cursor) bool {
	for ret := range cur.Enclosing((*ast.ReturnStmt)(nil)) {
		for anc := range ret.Enclosing((*ast.IfStmt)(nil)) {
			if testsError(info, anc.Node().(*ast.IfStmt).Cond) {
				return true
			}
		}
		return false
	}
	return false
}

// uriMissingFix inserts the documented branch at the top of State.
func uriMissingFix(c *pkgContext, s *scope, sm *stateMethod) []analysis.SuggestedFix {
	body := sm.decl.Body
	if sm.param == nil || sm.recv == nil || isSingleForward(body) || c.inAlignedBlock(s.file, sm.decl) {
		return nil
	}
	at := body.Lbrace + 1
	img, imports, ok := c.importFor(s.file, at, imagePath, imageDefault)
	if !ok {
		return nil
	}
	logName, logImport, ok := c.importFor(s.file, at, "log", "log")
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
	edit, ok := c.prependToBody(body, branch)
	if !ok {
		return nil
	}
	return c.fix(s.file, "Answer "+qualify(img, uriName)+" with the image built by "+qualify(img, fromArtifactName),
		append(imports, logImport...), edit)
}

// prependToBody returns the edit that inserts stmt, written at indentation
// zero, as the first statement of the body of a top-level function. After
// the line of the opening brace when the body spans lines, so that a comment
// there stays put; otherwise the body is rewritten and gofmt'd.
func (c *pkgContext) prependToBody(body *ast.BlockStmt, stmt string) (analysis.TextEdit, bool) {
	tf := c.pass.Fset.File(body.Pos())
	if physLine(tf, body.Lbrace) != physLine(tf, body.Rbrace) && (len(body.List) == 0 || physLine(tf, body.List[0].Pos()) > physLine(tf, body.Lbrace)) {
		return insert(c.lineEnd(body.Lbrace), "\n\t"+strings.ReplaceAll(stmt, "\n", "\n\t")), true
	}
	src, ok := c.source(body)
	if !ok {
		return analysis.TextEdit{}, false
	}
	formatted, ok := formatSnippet("func _() ", "{\n"+stmt+"\n"+src[1:], "")
	return replace(body, formatted), ok
}

// inAlignedBlock reports whether decl is written on one line next to another
// declaration, as in a block of one-line methods: gofmt aligns their bodies,
// so a body that grows to several lines would realign its neighbours, which
// an insertion cannot do.
func (c *pkgContext) inAlignedBlock(file *ast.File, decl *ast.FuncDecl) bool {
	tf := c.pass.Fset.File(decl.Pos())
	first, last := physLine(tf, decl.Pos()), physLine(tf, decl.End())
	if first != last {
		return false
	}
	for _, d := range file.Decls {
		if d != ast.Decl(decl) && (physLine(tf, d.End()) == first-1 || physLine(tf, d.Pos()) == last+1) {
			return true
		}
	}
	return false
}

// logError returns the statement the fixes log an image error with, as the
// SDK's documented pattern does; logName is the file's name for package log.
func logError(logName string) string {
	return logName + `.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)`
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

// errorIgnoredFix names the discarded error of x, _ := call(...) and checks
// it: continue inside a loop, otherwise return nil (and the error, from a
// function that returns one).
func errorIgnoredFix(c *pkgContext, cur inspector.Cursor, stmt ast.Node) []analysis.SuggestedFix {
	assign, ok := stmt.(*ast.AssignStmt)
	file := c.fileOf(stmt.Pos()) // a helper's call may be in another file than State
	if !ok || assign.Tok != token.DEFINE || file == nil {
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
	var imports []importSpec
	check := ""
	if exit != "return nil, err" {
		logName, logImport, ok := c.importFor(file, assign.Pos(), "log", "log")
		if !ok {
			return nil
		}
		imports = logImport
		check = "\n" + indent + "\t" + logError(logName)
	}
	return c.fix(file, "Check the error and "+strings.TrimSuffix(exit, ", err"), imports,
		replace(blank, "err"),
		insert(c.afterStatement(assign), fmt.Sprintf("\n%sif err != nil {%s\n%s\t%s\n%s}", indent, check, indent, exit, indent)))
}

// afterStatement returns where to insert a statement after stmt: the end of
// its line when only a comment follows it there.
func (c *pkgContext) afterStatement(stmt ast.Node) token.Pos {
	content, tf, ok := c.content(stmt.End())
	if !ok {
		return stmt.End()
	}
	end := c.lineEnd(stmt.End())
	rest := strings.TrimSpace(string(content[tf.Offset(stmt.End()):tf.Offset(end)]))
	if rest == "" || strings.HasPrefix(rest, "//") {
		return end
	}
	return stmt.End()
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
	return obj == nil || isErrorType(obj.Type())
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
	case res.Len() == 1 && types.IsInterface(res.At(0).Type()):
		// Only an interface result: nil in a *Image or []*Image result
		// reaches Packer as a typed nil when State returns it.
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

// sourceIDFix appends WithSourceID(<artifact>.<field>) to a FromArtifact call.
func sourceIDFix(c *pkgContext, value string, call *ast.CallExpr) []analysis.SuggestedFix {
	file := c.fileOf(call.Pos()) // a helper's call may be in another file than State
	if value == "" || call.Ellipsis.IsValid() || file == nil {
		return nil
	}
	img, imports, ok := c.importFor(file, call.Pos(), imagePath, imageDefault)
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
	return c.fix(file, "Add "+opt, imports, insert(at, text))
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
	return c.fix(c.fileOf(lit.Pos()), "Set "+sourceIDField+": "+value, nil, replace(lit, formatted))
}

// sourceRecv returns the name of the artifact that the FromArtifact call
// builds from, when it is a variable of the State's artifact type (its
// fields can then be selected), or "".
func sourceRecv(c *pkgContext, sm *stateMethod, call *ast.CallExpr) string {
	if len(call.Args) == 0 {
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
	return id.Name
}

// literalSourceRecv returns the receiver's name for an Image literal inside
// a method of the artifact type, or "".
func literalSourceRecv(c *pkgContext, sm *stateMethod, cur inspector.Cursor) string {
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
		return recv.Name()
	}
	return ""
}

// An importSpec is an import a fix adds.
type importSpec struct{ path, name string }

// importFor returns the name under which file refers to the package path at
// pos and, when the file lacks the import, the import to add. It fails for a
// dot import and when the name is taken by something else.
func (c *pkgContext) importFor(file *ast.File, pos token.Pos, path, preferred string) (string, []importSpec, bool) {
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
	return name, []importSpec{{path, name}}, true
}

func lookup(scope *types.Scope, name string, pos token.Pos) types.Object {
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// scopeAt returns the innermost scope of the file around pos.
func (c *pkgContext) scopeAt(pos token.Pos) *types.Scope {
	if s := c.pass.TypesInfo.Scopes[c.fileOf(pos)]; s != nil {
		return s.Innermost(pos)
	}
	return nil
}

// fileOf returns the file of the package that holds pos.
func (c *pkgContext) fileOf(pos token.Pos) *ast.File { return fileOf(c.pass.Files, pos) }

// fileOf returns the file among files that holds pos, or nil.
func fileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// importEdits returns the edits that add imports to file, each in the right
// group: the standard library's, or the group of other module imports.
func (c *pkgContext) importEdits(file *ast.File, imports []importSpec) ([]analysis.TextEdit, bool) {
	if len(imports) == 0 {
		return nil, true
	}
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	if decl == nil || !decl.Lparen.IsValid() {
		return c.newImportDecl(file, decl, imports)
	}
	var edits []analysis.TextEdit
	for _, imp := range imports {
		edit := c.groupInsert(decl, imp)
		if n := len(edits); n > 0 && edits[n-1].Pos == edit.Pos {
			edits[n-1].NewText = append(edits[n-1].NewText, edit.NewText...)
			continue
		}
		edits = append(edits, edit)
	}
	return edits, true
}

func (imp importSpec) String() string {
	if imp.name == imp.path[strings.LastIndex(imp.path, "/")+1:] {
		return strconv.Quote(imp.path)
	}
	return imp.name + " " + strconv.Quote(imp.path)
}

// newImportDecl writes a parenthesized import declaration with the imports
// and, in place of decl when the file has one, decl's single import.
func (c *pkgContext) newImportDecl(file *ast.File, decl *ast.GenDecl, imports []importSpec) ([]analysis.TextEdit, bool) {
	var std, other []string
	add := func(path, spec string) {
		if isStdlibPath(path) {
			std = append(std, spec)
		} else {
			other = append(other, spec)
		}
	}
	if decl != nil {
		old, ok := c.source(decl.Specs[0])
		if !ok {
			return nil, false
		}
		add(importPath(decl.Specs[0]), old)
	}
	for _, imp := range imports {
		add(imp.path, imp.String())
	}
	slices.SortFunc(std, compareSpecs)
	slices.SortFunc(other, compareSpecs)
	var groups []string
	for _, g := range [][]string{std, other} {
		if len(g) > 0 {
			groups = append(groups, "\t"+strings.Join(g, "\n\t"))
		}
	}
	text := "import (\n" + strings.Join(groups, "\n\n") + "\n)"
	if len(std)+len(other) == 1 {
		text = "import " + strings.TrimSpace(groups[0])
	}
	if decl == nil {
		return []analysis.TextEdit{insert(file.Name.End(), "\n\n"+text)}, true
	}
	return []analysis.TextEdit{replace(decl, text)}, true
}

// compareSpecs orders import specs by path, as gofmt does.
func compareSpecs(a, b string) int {
	pa := a[strings.Index(a, `"`):]
	pb := b[strings.Index(b, `"`):]
	return strings.Compare(pa, pb)
}

// groupInsert adds imp to the matching group of a parenthesized import
// declaration, in sorted position, or opens a group for it.
func (c *pkgContext) groupInsert(decl *ast.GenDecl, imp importSpec) analysis.TextEdit {
	tf := c.pass.Fset.File(decl.Pos())
	std := isStdlibPath(imp.path)
	spec := imp.String()
	var groups [][]*ast.ImportSpec
	for i, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		if i == 0 || physLine(tf, is.Pos()) > physLine(tf, decl.Specs[i-1].End())+1 {
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
			return insert(tf.LineStart(physLine(tf, decl.Specs[0].Pos())), "\t"+spec+"\n\n")
		}
		return insert(c.lineEnd(decl.Specs[len(decl.Specs)-1].End()), "\n\n\t"+spec)
	}
	for _, is := range group {
		if importPath(is) > imp.path {
			return insert(tf.LineStart(physLine(tf, is.Pos())), "\t"+spec+"\n")
		}
	}
	return insert(c.lineEnd(group[len(group)-1].End()), "\n\t"+spec)
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
	line := physLine(tf, pos)
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
	start := tf.Offset(tf.LineStart(physLine(tf, pos)))
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

// fix returns the fix msg made of edits and of the edits that add imports
// to file, or no fix when the imports cannot be added or an edit strays out
// of file, as positions in code that does not parse may.
func (c *pkgContext) fix(file *ast.File, msg string, imports []importSpec, edits ...analysis.TextEdit) []analysis.SuggestedFix {
	if file == nil {
		return nil
	}
	importEdits, ok := c.importEdits(file, imports)
	if !ok {
		return nil
	}
	edits = append(importEdits, edits...)
	for _, e := range edits {
		if e.Pos < file.FileStart || e.End > file.FileEnd || e.End < e.Pos {
			return nil
		}
	}
	// Drivers reject a fix whose edits overlap, and some stop the whole run
	// on it: offer none rather than that.
	sorted := slices.Clone(edits)
	slices.SortFunc(sorted, func(a, b analysis.TextEdit) int { return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End)) })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Pos < sorted[i-1].End {
			return nil
		}
	}
	return []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}
}

// physLine returns the line of pos in its file as stored, not as a //line
// directive renames it: edits are made to the file as it is.
func physLine(tf *token.File, pos token.Pos) int {
	return tf.PositionFor(pos, false).Line
}
