// Package catalog reads parstate's categories from their one source, the
// analyzer's own files, and writes what is derived from them: the list of
// checks in passes/parstate/checks.go, and the README's table of checks and
// per-category sections.
//
// A category is a file of passes/parstate that opens with a comment
// "// Category NAME: ...", declares its constant (const CategoryX = "NAME")
// and its check (var x = check{category: CategoryX, ...}), and a paragraph
// "NAME: ..." in the Categories section of doc.go, followed by its WRONG and
// RIGHT example. The manual's order is the order of the checks.
package catalog

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A Category is one category as its files declare it.
type Category struct {
	Name    string // state-uri-missing
	Const   string // CategoryURIMissing
	Check   string // the variable holding its check: stateURIMissing
	File    string // the file that declares it, relative to the package
	Doc     string // its doc.go paragraph, on one line, without "NAME: "
	Example string // the code block under the paragraph, its lines without doc.go's tab
}

// Summary is the first sentence of the category's paragraph: what it
// catches.
func (c Category) Summary() string {
	if i := strings.Index(c.Doc, ". "); i >= 0 {
		return c.Doc[:i+1]
	}
	return c.Doc
}

// Fix is what the category's fix does, from the paragraph's sentence
// "Fix: ..." up to its first ; or period, or "" when it has none.
func (c Category) Fix() string {
	_, text, ok := strings.Cut(c.Doc, "Fix: ")
	if !ok {
		return ""
	}
	if i := strings.IndexByte(text, ';'); i >= 0 {
		text = text[:i]
	}
	if i := strings.Index(text, ". "); i >= 0 {
		text = text[:i]
	}
	return strings.TrimSuffix(text, ".")
}

// Read returns the categories of the analyzer package in dir, in the order
// of its manual, or an error saying which declaration is missing.
func Read(dir string) ([]Category, error) {
	files, err := parseDir(dir)
	if err != nil {
		return nil, err
	}
	byName, err := declared(files)
	if err != nil {
		return nil, err
	}
	doc, ok := files["doc.go"]
	if !ok || doc.Doc == nil {
		return nil, fmt.Errorf("%s: no doc.go with the package documentation", dir)
	}
	paras, err := manual(doc.Doc.Text(), byName)
	if err != nil {
		return nil, err
	}
	var cats []Category
	for _, p := range paras {
		c := byName[p.name]
		c.Doc, c.Example = p.text, p.example
		cats = append(cats, c)
		delete(byName, p.name)
	}
	if left := slices.Sorted(maps.Keys(byName)); len(left) > 0 {
		return nil, fmt.Errorf("doc.go: category %s (%s) has no paragraph %q in # Categories", left[0], byName[left[0]].File, left[0]+": ")
	}
	return cats, nil
}

// parseDir parses the package's non-test Go files, but the generated list.
func parseDir(dir string) (map[string]*ast.File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	files := map[string]*ast.File{}
	fset := token.NewFileSet()
	for _, name := range names {
		base := filepath.Base(name)
		if strings.HasSuffix(base, "_test.go") || base == ChecksFile {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files[base] = f
	}
	return files, nil
}

// declared returns the categories the files declare, by name: a file with a
// "// Category NAME:" comment, the constant whose value is NAME, and the
// check whose category is that constant.
func declared(files map[string]*ast.File) (map[string]Category, error) {
	consts := map[string]string{} // constant name -> value
	for _, f := range files {
		for name, value := range stringConsts(f) {
			consts[name] = value
		}
	}
	byName := map[string]Category{}
	for _, base := range slices.Sorted(maps.Keys(files)) {
		f := files[base]
		name, ok := header(f)
		if !ok {
			continue
		}
		c := Category{Name: name, File: base}
		for v, constName := range checkVars(f) {
			if consts[constName] == name {
				c.Check, c.Const = v, constName
			}
		}
		if c.Check == "" {
			return nil, fmt.Errorf("%s: no const Category... = %q with a var ... = check{category: ...} of it", base, name)
		}
		if other, dup := byName[name]; dup {
			return nil, fmt.Errorf("%s and %s both declare category %s", other.File, base, name)
		}
		byName[name] = c
	}
	return byName, nil
}

// Constants returns the values of the package's constants named
// Category...: each must be a category, with its file, check and paragraph.
func Constants(dir string) ([]string, error) {
	files, err := parseDir(dir)
	if err != nil {
		return nil, err
	}
	var values []string
	for _, f := range files {
		for name, value := range stringConsts(f) {
			if strings.HasPrefix(name, "Category") {
				values = append(values, value)
			}
		}
	}
	slices.Sort(values)
	return values, nil
}

// header returns NAME of the file's comment "// Category NAME: ...".
func header(f *ast.File) (string, bool) {
	for _, cg := range f.Comments {
		if rest, ok := strings.CutPrefix(cg.List[0].Text, "// Category "); ok {
			if name, _, ok := strings.Cut(rest, ":"); ok && !strings.Contains(name, " ") {
				return name, true
			}
		}
	}
	return "", false
}

// stringConsts returns the file's constants of a string literal value.
func stringConsts(f *ast.File) map[string]string {
	consts := map[string]string{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, id := range vs.Names {
				if i < len(vs.Values) {
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						consts[id.Name], _ = strconv.Unquote(lit.Value)
					}
				}
			}
		}
	}
	return consts
}

// checkVars returns the file's variables initialized with a check literal,
// each with the constant its category field names.
func checkVars(f *ast.File) map[string]string {
	vars := map[string]string{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, id := range vs.Names {
				if i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.CompositeLit)
				if typ, isIdent := lit.Type.(*ast.Ident); !ok || !isIdent || typ.Name != "check" {
					continue
				}
				for _, elt := range lit.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if key, isKey := kv.Key.(*ast.Ident); ok && isKey && key.Name == "category" {
						if v, ok := kv.Value.(*ast.Ident); ok {
							vars[id.Name] = v.Name
						}
					}
				}
			}
		}
	}
	return vars
}

// A paragraph is a category's paragraph of the manual.
type paragraph struct{ name, text, example string }

// manual returns the paragraphs of doc's # Categories section that document
// a category of known, in order, each with the code block under it.
func manual(doc string, known map[string]Category) ([]paragraph, error) {
	_, section, ok := strings.Cut(doc, "# Categories\n")
	if !ok {
		return nil, fmt.Errorf("doc.go: no section # Categories")
	}
	section, _, _ = strings.Cut(section, "\n# ")
	var paras []paragraph
	for block := range strings.SplitSeq(section, "\n\n") {
		if strings.HasPrefix(block, "\t") {
			if len(paras) > 0 {
				last := &paras[len(paras)-1]
				if last.example != "" {
					last.example += "\n\n"
				}
				last.example += untab(block)
			}
			continue
		}
		name, text, ok := strings.Cut(block, ": ")
		if _, isCat := known[name]; !ok || !isCat {
			continue
		}
		paras = append(paras, paragraph{name: name, text: strings.Join(strings.Fields(text), " ")})
	}
	for _, p := range paras {
		if p.example == "" {
			return nil, fmt.Errorf("doc.go: category %s has no WRONG/RIGHT example under its paragraph", p.name)
		}
	}
	return paras, nil
}

// untab removes the tab that indents each line of a doc comment's code block.
func untab(block string) string {
	lines := strings.Split(strings.TrimRight(block, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "\t")
	}
	return strings.Join(lines, "\n")
}
