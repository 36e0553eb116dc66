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

// LineIndent returns the blanks that open the line of pos: what a node that
// starts there, after other code on its line, is indented by.
func (f *File) LineIndent(pos token.Pos) string {
	start := f.Tok.Offset(f.Tok.LineStart(f.Line(pos)))
	line := f.Src[start:f.Tok.Offset(pos)]
	return string(line[:len(line)-len(bytes.TrimLeft(line, " \t"))])
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
	if !strings.Contains(src, "`") {
		return false // no raw string at all: nothing to scan for
	}
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
