// Package edit builds the text edits of suggested fixes to Go files: adding an
// import in the right group, inserting statements with the right
// indentation, replacing an expression. Editors (gopls) and linters
// (golangci-lint --fix) apply the edits as they are, without gofmt or import
// clean-up, so every edit here is meant to leave a gofmt-clean file when it
// is applied raw; the tests check exactly that, with [Apply].
//
// Lines are the file's physical lines: a //line directive renames lines for
// compiler messages, but edits are made to the file as it is stored.
package edit

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/scanner"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A File is a Go file to edit: its syntax, its token.File, and its content.
type File struct {
	Syntax *ast.File
	Tok    *token.File
	Src    []byte
}

// NewFile returns the File of syntax, or false when src is not the content
// tok was parsed from (the file changed since): no edit can be trusted then.
func NewFile(syntax *ast.File, tok *token.File, src []byte) (*File, bool) {
	if syntax == nil || tok == nil || len(src) != tok.Size() {
		return nil, false
	}
	return &File{Syntax: syntax, Tok: tok, Src: src}, true
}

// Replace returns the edit that replaces n by text.
func Replace(n ast.Node, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}
}

// Insert returns the edit that inserts text at pos.
func Insert(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// Line returns the physical line of pos.
func (f *File) Line(pos token.Pos) int { return f.Tok.PositionFor(pos, false).Line }

// Text returns the source of n.
func (f *File) Text(n ast.Node) (string, bool) {
	start, end := f.Tok.Offset(n.Pos()), f.Tok.Offset(n.End())
	if start > end || end > len(f.Src) {
		return "", false
	}
	return string(f.Src[start:end]), true
}

// LineEnd returns the position of the end of the line of pos, before its
// newline.
func (f *File) LineEnd(pos token.Pos) token.Pos {
	line := f.Line(pos)
	if line == f.Tok.LineCount() {
		return token.Pos(f.Tok.Base() + f.Tok.Size())
	}
	return f.Tok.LineStart(line+1) - 1
}

// Indent returns the white space before pos on its line, or false when
// something else comes before pos there.
func (f *File) Indent(pos token.Pos) (string, bool) {
	start := f.Tok.Offset(f.Tok.LineStart(f.Line(pos)))
	line := string(f.Src[start:f.Tok.Offset(pos)])
	if strings.TrimLeft(line, " \t") != "" {
		return "", false
	}
	return line, true
}

// TrailingComma returns the position of the comma that follows n when a
// newline (or a line comment) comes right after it, as in a list written
// one element a line.
func (f *File) TrailingComma(n ast.Node) (token.Pos, bool) {
	rest := f.Src[f.Tok.Offset(n.End()):]
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

// AfterStatement returns where to insert a statement after stmt: the end of
// its line when only a comment follows it there, so that the comment stays
// with stmt.
func (f *File) AfterStatement(stmt ast.Node) token.Pos {
	end := f.LineEnd(stmt.End())
	rest := strings.TrimSpace(string(f.Src[f.Tok.Offset(stmt.End()):f.Tok.Offset(end)]))
	if rest == "" || strings.HasPrefix(rest, "//") {
		return end
	}
	return stmt.End()
}

// InsertAfter returns the edit that inserts the statements stmts, written
// at indentation zero, on the lines after stmt, indented as stmt is.
func (f *File) InsertAfter(stmt ast.Stmt, stmts string) (analysis.TextEdit, bool) {
	indent, text, ok := f.indented(stmt, stmts)
	return Insert(f.AfterStatement(stmt), "\n"+indent+text), ok
}

// InsertBefore returns the edit that inserts the statements stmts, written
// at indentation zero, on the lines before stmt, indented as stmt is.
func (f *File) InsertBefore(stmt ast.Stmt, stmts string) (analysis.TextEdit, bool) {
	indent, text, ok := f.indented(stmt, stmts)
	return Insert(stmt.Pos(), text+"\n"+indent), ok
}

// indented returns the indentation of stmt and stmts formatted for it.
func (f *File) indented(stmt ast.Stmt, stmts string) (indent, text string, ok bool) {
	if indent, ok = f.Indent(stmt.Pos()); !ok {
		return "", "", false
	}
	text, ok = FormatStmt(stmts, indent)
	return indent, text, ok
}

// Prepend returns the edit that inserts the statements stmts, written at
// indentation zero, as the first statements of the body of a top-level
// function: after the line of the opening brace when the body spans lines,
// so that a comment there stays put; otherwise the body is rewritten and
// gofmt'd. It fails for a one-line function next to another declaration,
// as in a block of one-line methods: gofmt aligns their bodies, and a body
// that grows to several lines would realign its neighbours.
func (f *File) Prepend(decl *ast.FuncDecl, stmts string) (analysis.TextEdit, bool) {
	body := decl.Body
	if f.Line(body.Lbrace) != f.Line(body.Rbrace) {
		if len(body.List) == 0 || f.Line(body.List[0].Pos()) > f.Line(body.Lbrace) {
			text, ok := FormatStmt(stmts, "\t")
			return Insert(f.LineEnd(body.Lbrace), "\n\t"+text), ok
		}
	}
	if f.oneLinerInBlock(decl) {
		return analysis.TextEdit{}, false
	}
	src, ok := f.Text(body)
	if !ok {
		return analysis.TextEdit{}, false
	}
	formatted, ok := FormatSnippet("func _() ", "{\n"+stmts+"\n"+src[1:], "")
	return Replace(body, formatted), ok
}

// oneLinerInBlock reports whether decl is written on one line next to
// another declaration.
func (f *File) oneLinerInBlock(decl *ast.FuncDecl) bool {
	first, last := f.Line(decl.Pos()), f.Line(decl.End())
	if first != last {
		return false
	}
	for _, d := range f.Syntax.Decls {
		if d != ast.Decl(decl) && (f.Line(d.End()) == first-1 || f.Line(d.Pos()) == last+1) {
			return true
		}
	}
	return false
}

// An Import is an import to add: a path and the name the file will use.
type Import struct{ Path, Name string }

func (imp Import) String() string {
	if imp.Name == imp.Path[strings.LastIndex(imp.Path, "/")+1:] {
		return strconv.Quote(imp.Path)
	}
	return imp.Name + " " + strconv.Quote(imp.Path)
}

// AddImports returns the edits that add imports to the file, each in the
// right group of its import declaration: the standard library's, or the
// last group of other imports, in sorted position; a group of its own when
// there is none. A file with no import declaration, or a single unparenthesized
// one, gets a parenthesized declaration.
func (f *File) AddImports(imports []Import) ([]analysis.TextEdit, bool) {
	if len(imports) == 0 {
		return nil, true
	}
	var decl *ast.GenDecl
	for _, d := range f.Syntax.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	if decl == nil || !decl.Lparen.IsValid() || len(decl.Specs) == 0 {
		return f.newImportDecl(decl, imports)
	}
	// One edit per import, each computed on the file as it is: two fixes
	// that add the same import then make the same edit, which drivers
	// merge. Insertions at one position keep their order: sort as gofmt.
	imports = slices.Clone(imports)
	slices.SortFunc(imports, func(a, b Import) int { return strings.Compare(a.Path, b.Path) })
	var edits []analysis.TextEdit
	for _, imp := range imports {
		e, ok := f.groupInsert(decl, imp)
		if !ok {
			return nil, false
		}
		edits = append(edits, e)
	}
	return edits, true
}

// newImportDecl writes a parenthesized import declaration with the imports
// and, in place of decl when the file has one, decl's single import.
func (f *File) newImportDecl(decl *ast.GenDecl, imports []Import) ([]analysis.TextEdit, bool) {
	var std, other []string
	add := func(path, spec string) {
		if IsStdlib(path) {
			std = append(std, spec)
		} else {
			other = append(other, spec)
		}
	}
	if decl != nil && len(decl.Specs) > 0 {
		old, ok := f.Text(decl.Specs[0])
		if !ok {
			return nil, false
		}
		add(importPath(decl.Specs[0]), old)
	}
	for _, imp := range imports {
		add(imp.Path, imp.String())
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
		return []analysis.TextEdit{Insert(f.Syntax.Name.End(), "\n\n"+text)}, true
	}
	return []analysis.TextEdit{Replace(decl, text)}, true
}

// compareSpecs orders import specs by path, as gofmt does.
func compareSpecs(a, b string) int {
	return strings.Compare(a[strings.Index(a, `"`):], b[strings.Index(b, `"`):])
}

// groupInsert adds imp to the matching group of a parenthesized import
// declaration, in sorted position, or opens a group for it.
func (f *File) groupInsert(decl *ast.GenDecl, imp Import) (analysis.TextEdit, bool) {
	std := IsStdlib(imp.Path)
	spec := imp.String()
	var groups [][]*ast.ImportSpec
	for i, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		if i == 0 || f.Line(is.Pos()) > f.Line(decl.Specs[i-1].End())+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
	}
	var group []*ast.ImportSpec
	for _, g := range groups {
		allStd := !slices.ContainsFunc(g, func(is *ast.ImportSpec) bool { return !IsStdlib(importPath(is)) })
		if std && allStd {
			group = g
			break
		}
		if !std && !allStd {
			group = g // the last group of other imports
		}
	}
	// Where a standard library import goes and where another goes never
	// coincide, so that the edits of two fixes that add the same import are
	// identical and, sorted, adjacent: drivers merge those.
	if group == nil {
		if std {
			return Insert(decl.Lparen+1, "\n\t"+spec+"\n"), true // a group of its own, first
		}
		// A group of its own, last, before the closing parenthesis on its
		// own line.
		rparen := f.Tok.LineStart(f.Line(decl.Rparen))
		return Insert(rparen, "\n\t"+spec+"\n"), rparen == decl.Rparen
	}
	for _, is := range group {
		if importPath(is) > imp.Path {
			return Insert(f.Tok.LineStart(f.Line(is.Pos())), "\t"+spec+"\n"), true
		}
	}
	return Insert(f.LineEnd(group[len(group)-1].End()), "\n\t"+spec), true
}

func importPath(s ast.Spec) string {
	p, _ := strconv.Unquote(s.(*ast.ImportSpec).Path.Value)
	return p
}

// IsStdlib reports whether an import path is the standard library's: its
// first element has no dot.
func IsStdlib(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// FormatSnippet gofmts code that follows prefix in a file, and indents
// every line after the first by indent.
func FormatSnippet(prefix, code, indent string) (string, bool) {
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

// FormatStmt gofmts statements for a function body, written at indentation
// zero, with indent before every line after the first. gofmt spaces an
// expression by where it stands, so code copied into a statement is
// formatted there.
func FormatStmt(stmts, indent string) (string, bool) {
	if hasMultilineRawString(stmts) {
		return "", false // indenting its lines would change the string
	}
	block, ok := FormatSnippet("func _() ", "{\n"+stmts+"\n}", "")
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

// hasMultilineRawString reports whether src has a raw string literal that
// spans lines.
func hasMultilineRawString(src string) bool {
	fset := token.NewFileSet()
	var sc scanner.Scanner
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	for {
		_, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return false
		case tok == token.STRING && strings.HasPrefix(lit, "`") && strings.Contains(lit, "\n"):
			return true
		}
	}
}

// Valid reports whether edits stay inside the file, and no two of them
// overlap: drivers reject such a fix, and some stop the whole run on it.
func (f *File) Valid(edits []analysis.TextEdit) bool {
	start := token.Pos(f.Tok.Base())
	end := start + token.Pos(f.Tok.Size())
	for _, e := range edits {
		if e.Pos < start || e.End > end || e.End < e.Pos {
			return false
		}
	}
	sorted := slices.Clone(edits)
	slices.SortFunc(sorted, compareEdits)
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Pos < sorted[i-1].End {
			return false
		}
	}
	return true
}

func compareEdits(a, b analysis.TextEdit) int {
	return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End))
}

// Apply applies edits to src, the content of tok, as they are: no
// formatting, no import clean-up, as gopls and golangci-lint do. Identical
// edits count once (drivers merge them) and insertions at one position go
// in order; any other overlap is an error.
func Apply(src []byte, tok *token.File, edits []analysis.TextEdit) ([]byte, error) {
	type key struct {
		pos, end token.Pos
		text     string
	}
	seen := map[key]bool{}
	var unique []analysis.TextEdit
	for _, e := range edits {
		if k := (key{e.Pos, e.End, string(e.NewText)}); !seen[k] {
			seen[k] = true
			unique = append(unique, e)
		}
	}
	edits = unique
	slices.SortStableFunc(edits, compareEdits)
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if int(e.Pos) < tok.Base() || int(e.End) > tok.Base()+tok.Size() {
			return nil, fmt.Errorf("edit outside %s", tok.Name())
		}
		start, end := tok.Offset(e.Pos), tok.Offset(e.End)
		if start < last || end < start || end > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) overlaps another or lies outside [%d,%d)", start, end, last, len(src))
		}
		out.Write(src[last:start])
		out.Write(e.NewText)
		last = end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
