package edit

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

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
