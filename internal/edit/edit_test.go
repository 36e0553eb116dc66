package edit_test

import (
	"cmp"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/internal/edit"
)

// parse returns the edit.File of src.
func parse(t *testing.T, src string) *edit.File {
	t.Helper()
	fset := token.NewFileSet()
	syntax, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	f, ok := edit.NewFile(syntax, fset.File(syntax.Pos()), []byte(src))
	if !ok {
		t.Fatal("NewFile: content and token.File disagree")
	}
	return f
}

// applyRaw applies edits to f as gopls does, and checks that the result is
// gofmt-clean and equal to want.
func applyRaw(t *testing.T, f *edit.File, edits []analysis.TextEdit, want string) {
	t.Helper()
	if !f.Valid(edits) {
		t.Fatalf("edits %v are not valid", edits)
	}
	got, err := edit.Apply(f.Src, f.Tok, edits)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("applied raw:\n%s\nwant:\n%s", got, want)
	}
	formatted, err := format.Source(got)
	if err != nil {
		t.Fatalf("the result does not parse: %v\n%s", err, got)
	}
	if string(formatted) != string(got) {
		t.Errorf("the result is not gofmt-clean:\n%s\ngofmt:\n%s", got, formatted)
	}
}

var (
	logImport = edit.Import{Path: "log", Name: "log"}
	sdk       = edit.Import{Path: "github.com/hashicorp/packer-plugin-sdk/packer/registry/image", Name: "registryimage"}
)

// addImportsCases are the import declarations AddImports extends, by how
// they are laid out.
var addImportsCases = []struct {
	name    string
	src     string
	imports []edit.Import
	want    string
}{
	{
		"no import declaration",
		"package p\n\nfunc f() {}\n",
		[]edit.Import{logImport},
		"package p\n\nimport \"log\"\n\nfunc f() {}\n",
	},
	{
		"no import declaration, two imports",
		"package p\n\nfunc f() {}\n",
		[]edit.Import{sdk, logImport},
		"package p\n\nimport (\n\t\"log\"\n\n\tregistryimage \"github.com/hashicorp/packer-plugin-sdk/packer/registry/image\"\n)\n\nfunc f() {}\n",
	},
	{
		"one unparenthesized import",
		"package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n",
		[]edit.Import{logImport, sdk},
		"package p\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\n\tregistryimage \"github.com/hashicorp/packer-plugin-sdk/packer/registry/image\"\n)\n\nvar _ = fmt.Sprint\n",
	},
	{
		"standard library group, sorted in",
		"package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"github.com/x/y\"\n)\n",
		[]edit.Import{logImport},
		"package p\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\t\"os\"\n\n\t\"github.com/x/y\"\n)\n",
	},
	{
		"standard library group, at its end, after a comment",
		"package p\n\nimport (\n\tpkgerrors \"errors\" // wrapped\n\n\t\"github.com/x/y\"\n)\n",
		[]edit.Import{logImport},
		"package p\n\nimport (\n\tpkgerrors \"errors\" // wrapped\n\t\"log\"\n\n\t\"github.com/x/y\"\n)\n",
	},
	{
		"no standard library group",
		"package p\n\nimport (\n\t\"github.com/x/y\"\n\t\"github.com/x/z\"\n)\n",
		[]edit.Import{logImport},
		"package p\n\nimport (\n\t\"log\"\n\n\t\"github.com/x/y\"\n\t\"github.com/x/z\"\n)\n",
	},
	{
		"only a standard library group",
		"package p\n\nimport (\n\t\"fmt\"\n\t\"log\"\n)\n",
		[]edit.Import{sdk},
		"package p\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\n\tregistryimage \"github.com/hashicorp/packer-plugin-sdk/packer/registry/image\"\n)\n",
	},
	{
		"last group of other imports",
		"package p\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/a/b\"\n\n\t\"github.com/z/z\"\n)\n",
		[]edit.Import{sdk},
		"package p\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/a/b\"\n\n\tregistryimage \"github.com/hashicorp/packer-plugin-sdk/packer/registry/image\"\n\t\"github.com/z/z\"\n)\n",
	},
	{
		"an empty declaration",
		"package p\n\nimport ()\n",
		[]edit.Import{sdk},
		"package p\n\nimport registryimage \"github.com/hashicorp/packer-plugin-sdk/packer/registry/image\"\n",
	},
	{
		"a //line directive before the declaration",
		"package p\n\n//line gen.go.tmpl:100\nimport (\n\t\"fmt\"\n)\n",
		[]edit.Import{logImport},
		"package p\n\n//line gen.go.tmpl:100\nimport (\n\t\"fmt\"\n\t\"log\"\n)\n",
	},
}

func TestAddImports(t *testing.T) {
	for _, tc := range addImportsCases {
		t.Run(tc.name, func(t *testing.T) {
			f := parse(t, tc.src)
			edits, ok := f.AddImports(tc.imports)
			if !ok {
				t.Fatal("AddImports failed")
			}
			applyRaw(t, f, edits, tc.want)
		})
	}
}

// funcDecl returns the declaration of the function named name.
func funcDecl(f *edit.File, name string) *ast.FuncDecl {
	for _, d := range f.Syntax.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
			return fd
		}
	}
	return nil
}

func TestPrepend(t *testing.T) {
	const stmts = "if name == \"k\" {\n\treturn 1\n}"
	for _, tc := range []struct {
		name, src, want string
		ok              bool
	}{
		{
			"body on several lines, a comment after the brace",
			"package p\n\nfunc f(name string) int { // answers\n\treturn 0\n}\n",
			"package p\n\nfunc f(name string) int { // answers\n\tif name == \"k\" {\n\t\treturn 1\n\t}\n\treturn 0\n}\n",
			true,
		},
		{
			"one-line body alone",
			"package p\n\nfunc f(name string) int { return 0 }\n",
			"package p\n\nfunc f(name string) int {\n\tif name == \"k\" {\n\t\treturn 1\n\t}\n\treturn 0\n}\n",
			true,
		},
		{
			"one-line body among aligned one-liners",
			"package p\n\nfunc g() int             { return 0 }\nfunc f(name string) int { return 0 }\n",
			"",
			false,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := parse(t, tc.src)
			e, ok := f.Prepend(funcDecl(f, "f"), stmts)
			if ok != tc.ok {
				t.Fatalf("Prepend: ok = %v, want %v", ok, tc.ok)
			}
			if ok {
				applyRaw(t, f, []analysis.TextEdit{e}, tc.want)
			}
		})
	}
}

// firstStmt returns the first statement of the body of function name.
func firstStmt(f *edit.File, name string) ast.Stmt {
	return funcDecl(f, name).Body.List[0]
}

func TestInsertAfterAndBefore(t *testing.T) {
	src := "package p\n\nfunc f() any {\n\tfor {\n\t\tx, _ := g() // the call\n\t\treturn x\n\t}\n}\n"
	f := parse(t, src)
	loop := firstStmt(f, "f").(*ast.ForStmt)
	assign, ret := loop.Body.List[0], loop.Body.List[1]

	after, ok := f.InsertAfter(assign, "if err != nil {\nreturn nil\n}")
	if !ok {
		t.Fatal("InsertAfter failed")
	}
	applyRaw(t, f, []analysis.TextEdit{after},
		"package p\n\nfunc f() any {\n\tfor {\n\t\tx, _ := g() // the call\n\t\tif err != nil {\n\t\t\treturn nil\n\t\t}\n\t\treturn x\n\t}\n}\n")

	// The inserted statement is formatted where it stands: gofmt drops the
	// spaces around + inside a call's arguments.
	before, ok := f.InsertBefore(ret, `log.Printf("%v", errors.New("a" + "b"))`)
	if !ok {
		t.Fatal("InsertBefore failed")
	}
	applyRaw(t, f, []analysis.TextEdit{before},
		"package p\n\nfunc f() any {\n\tfor {\n\t\tx, _ := g() // the call\n\t\tlog.Printf(\"%v\", errors.New(\"a\"+\"b\"))\n\t\treturn x\n\t}\n}\n")
}

func TestTrailingComma(t *testing.T) {
	src := "package p\n\nvar _ = f(a,\n\tb, // last\n)\nvar _ = f(a, b)\n"
	f := parse(t, src)
	var calls []*ast.CallExpr
	ast.Inspect(f.Syntax, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			calls = append(calls, c)
		}
		return true
	})
	if _, ok := f.TrailingComma(calls[0].Args[1]); !ok {
		t.Error("no trailing comma found after the last argument written on its own line")
	}
	if _, ok := f.TrailingComma(calls[1].Args[1]); ok {
		t.Error("a trailing comma found in a one-line call")
	}
	if _, ok := f.TrailingComma(calls[0].Args[0]); !ok {
		t.Error("no comma found after the first argument, followed by a newline")
	}
}

func TestIndent(t *testing.T) {
	f := parse(t, "package p\n\nfunc f() {\n\t\tg(); h()\n}\n")
	body := funcDecl(f, "f").Body
	if got, ok := f.Indent(body.List[0].Pos()); !ok || got != "\t\t" {
		t.Errorf("Indent of the first statement = %q, %v; want two tabs", got, ok)
	}
	if _, ok := f.Indent(body.List[1].Pos()); ok {
		t.Error("Indent of a statement after another on its line succeeded")
	}
}

func TestLineIndent(t *testing.T) {
	f := parse(t, "package p\n\nfunc f() {\n\t\tg(); h()\n}\n")
	body := funcDecl(f, "f").Body
	for i, stmt := range body.List {
		if got := f.LineIndent(stmt.Pos()); got != "\t\t" {
			t.Errorf("LineIndent of statement %d = %q, want two tabs", i, got)
		}
	}
}

func TestValidAndApply(t *testing.T) {
	f := parse(t, "package p\n\nvar x = 1\n")
	lit := f.Syntax.Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
	same := edit.Replace(lit, "2")
	if !f.Valid([]analysis.TextEdit{same, edit.Insert(lit.End(), " + 1")}) {
		t.Error("adjacent edits reported as overlapping")
	}
	overlap := analysis.TextEdit{Pos: lit.Pos() - 2, End: lit.End(), NewText: []byte("= 3")}
	if f.Valid([]analysis.TextEdit{same, overlap}) {
		t.Error("overlapping edits reported valid")
	}
	outside := edit.Insert(token.Pos(f.Tok.Base()+f.Tok.Size()+1), "x")
	if f.Valid([]analysis.TextEdit{outside}) {
		t.Error("an edit past the end of the file reported valid")
	}
	// Drivers merge identical edits of two fixes, as when both add the same
	// import.
	if got, err := edit.Apply(f.Src, f.Tok, []analysis.TextEdit{same, same}); err != nil || string(got) != "package p\n\nvar x = 2\n" {
		t.Errorf("Apply of identical edits = %q, %v; want them merged", got, err)
	}
	if _, err := edit.Apply(f.Src, f.Tok, []analysis.TextEdit{same, overlap}); err == nil || !strings.Contains(err.Error(), "overlaps") {
		t.Errorf("Apply of overlapping edits: %v, want an error", err)
	}
}

func TestFormatStmt(t *testing.T) {
	got, ok := edit.FormatStmt("if err != nil {\nlog.Print(a + b)\nreturn nil\n}", "\t\t")
	want := "if err != nil {\n\t\t\tlog.Print(a + b)\n\t\t\treturn nil\n\t\t}"
	if !ok || got != want {
		t.Errorf("FormatStmt = %q, %v; want %q", got, ok, want)
	}
	if _, ok := edit.FormatStmt("if {", ""); ok {
		t.Error("FormatStmt of a syntax error succeeded")
	}
	if _, ok := edit.FormatStmt("log.Print(`a\n\tb`)", "\t"); ok {
		t.Error("FormatStmt of a raw string on two lines succeeded: indenting would change it")
	}
	if got, ok := edit.FormatStmt("log.Print(`a`)", "\t"); !ok || got != "log.Print(`a`)" {
		t.Errorf("FormatStmt of a one-line raw string = %q, %v", got, ok)
	}
}

func TestNewFileChanged(t *testing.T) {
	fset := token.NewFileSet()
	syntax, err := parser.ParseFile(fset, "a.go", "package p\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := edit.NewFile(syntax, fset.File(syntax.Pos()), []byte("package p // changed\n")); ok {
		t.Error("NewFile accepted content that is not what was parsed")
	}
}

// TestAddImportsMerge checks that two fixes adding the same import make the
// same edit for it, and that it lands next to its twin once sorted, as
// golangci-lint's fixer needs to merge them (it merges only neighbours),
// whatever else each fix adds and whichever comes first.
func TestAddImportsMerge(t *testing.T) {
	for _, src := range []string{
		"package p\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/x/y\"\n)\n",
		"package p\n\nimport (\n\t\"fmt\"\n)\n",
		"package p\n\nimport (\n\t\"github.com/x/y\"\n)\n",
	} {
		f := parse(t, src)
		var fixes [][]analysis.TextEdit
		for _, imports := range [][]edit.Import{{sdk}, {logImport}, {sdk, logImport}, {logImport, sdk}} {
			edits, ok := f.AddImports(imports)
			if !ok {
				t.Fatal("AddImports failed")
			}
			fixes = append(fixes, edits)
		}
		want, err := edit.Apply(f.Src, f.Tok, fixes[2])
		if err != nil {
			t.Fatal(err)
		}
		for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {0, 2}, {1, 3}} {
			var all []analysis.TextEdit
			for _, i := range order {
				all = append(all, fixes[i]...)
			}
			got, err := applyNeighboursMerged(f, all)
			if err != nil || string(got) != string(want) {
				t.Errorf("%q, fixes %v together = %q, %v; want %q", src, order, got, err, want)
			}
		}
	}
}

// applyNeighboursMerged applies edits as golangci-lint's fixer does: sorted
// stably by position, an edit identical to the one before it dropped.
func applyNeighboursMerged(f *edit.File, edits []analysis.TextEdit) ([]byte, error) {
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b analysis.TextEdit) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End))
	})
	var unique []analysis.TextEdit
	for i, e := range sorted {
		if i > 0 && e.Pos == sorted[i-1].Pos && e.End == sorted[i-1].End && string(e.NewText) == string(sorted[i-1].NewText) {
			continue
		}
		unique = append(unique, e)
	}
	return edit.Apply(f.Src, f.Tok, unique)
}
