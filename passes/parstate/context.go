package parstate

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/internal/edit"
	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// A pkgContext is what the checks of one package share.
type pkgContext struct {
	pass *analysis.Pass
	insp *inspector.Inspector
	// states are the package's State methods, found before the model is
	// built: its roots.
	states []*stateMethod
	// funcLits indexes the package's function literals, on first use.
	funcLits map[ast.Node]inspector.Cursor
	root     inspector.Cursor
	funcs    map[*types.Func]funcDeclAt // memo of funcDecl

	uriMapKey *bool                      // memo of usesURIAsMapKey
	files     map[*token.File]*edit.File // files read for fixes; nil when unreadable

	model           *model.Package // built on first use
	modelErr        error
	idModel         *model.Package                            // of the Id methods the model does not build, on first use
	flows           map[ast.Node]*funcFlow                    // control-flow graphs, built on first use
	returns         map[*types.Func]bool                      // memo of mayReturn for same-package functions
	imageWhy        *string                                   // memo of imageUnavailable
	errorOnly       map[errorOnlyKey]map[*ast.ReturnStmt]bool // memo of onlyOnError
	kinds           map[*types.Named]artifactKind             // memo of kindOf
	artifacts       map[*types.Named]bool                     // memo of isArtifact, on first use
	stateKeyRegions map[*types.Named]regionGuess              // memo of regionStateKey
	fieldValues     map[string]string                         // memo of packageValue, by Image field, once all are found
}

func newPkgContext(pass *analysis.Pass, insp *inspector.Inspector) *pkgContext {
	return &pkgContext{pass: pass, insp: insp, root: insp.Root(), funcs: map[*types.Func]funcDeclAt{},
		flows: map[ast.Node]*funcFlow{}, returns: map[*types.Func]bool{}, errorOnly: map[errorOnlyKey]map[*ast.ReturnStmt]bool{},
		kinds: map[*types.Named]artifactKind{}, stateKeyRegions: map[*types.Named]regionGuess{}}
}

// isStdlib reports whether pkg is in the standard library. A path without a
// dot is not enough: in a module whose path has none (module plug), the
// plugin's own packages have such paths too.
func (c *pkgContext) isStdlib(pkg *types.Package) bool {
	if pkg == nil {
		return true
	}
	path := pkgPath(pkg)
	if m := c.pass.Module; m != nil && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	own, _, _ := strings.Cut(pkgPath(c.pass.Pkg), "/")
	if pkg == c.pass.Pkg || first == own {
		return false // the plugin's own packages, in GOPATH mode too
	}
	return edit.IsStdlib(path)
}

// funcDecl returns the declaration of a same-package function or method.
func (c *pkgContext) funcDecl(fn *types.Func) (inspector.Cursor, bool) {
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg || !fn.Pos().IsValid() {
		return inspector.Cursor{}, false
	}
	if d, ok := c.funcs[fn]; ok {
		return d.cur, d.ok
	}
	var d funcDeclAt
	for file := range c.root.Children() {
		if f := file.Node().(*ast.File); fn.Pos() < f.FileStart || fn.Pos() > f.FileEnd {
			continue
		}
		for decl := range file.Children() {
			if fd, ok := decl.Node().(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() && fd.Body != nil && c.pass.TypesInfo.Defs[fd.Name] == fn {
				d = funcDeclAt{decl, true}
				break
			}
		}
	}
	c.funcs[fn] = d
	return d.cur, d.ok
}

// A funcDeclAt is the declaration of a function, when the package has one
// with a body.
type funcDeclAt struct {
	cur inspector.Cursor
	ok  bool
}

// usesURIAsMapKey reports whether the package stores something under the URI
// in a map, as a builder that fills an artifact's StateData does; a State that
// returns StateData[name] then answers the URI.
func (c *pkgContext) usesURIAsMapKey() bool {
	if c.uriMapKey != nil {
		return *c.uriMapKey
	}
	found := false
	info := c.pass.TypesInfo
	for cur := range c.root.Preorder((*ast.KeyValueExpr)(nil), (*ast.IndexExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr:
			found = isURIValue(info, n.Key)
		case *ast.IndexExpr:
			found = isURIValue(info, n.Index)
		}
		if found {
			break
		}
	}
	c.uriMapKey = &found
	return found
}

// enclosingFunc returns the innermost function declaration or literal around
// cur and its signature.
func (c *pkgContext) enclosingFunc(cur inspector.Cursor) (inspector.Cursor, *types.Signature, bool) {
	fn, found := cur, false
	switch cur.Node().(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		found = true // the common case, without the iterator's cost
	default:
		for fn = range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			found = true
			break
		}
	}
	if !found {
		return inspector.Cursor{}, nil, false
	}
	var t types.Type
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		if obj := c.pass.TypesInfo.Defs[n.Name]; obj != nil {
			t = obj.Type()
		}
	case *ast.FuncLit:
		t = c.pass.TypesInfo.TypeOf(n)
	}
	sig, ok := t.(*types.Signature)
	return fn, sig, ok
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

// scopeAt returns the innermost scope of the file around pos.
func (c *pkgContext) scopeAt(pos token.Pos) *types.Scope {
	if s := c.pass.TypesInfo.Scopes[c.fileOf(pos)]; s != nil {
		return s.Innermost(pos)
	}
	return nil
}

func lookup(scope *types.Scope, name string, pos token.Pos) types.Object {
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// editFile returns the file that holds pos, to edit: every fix edits the
// file of the node it fixes, which for a helper may not be State's. It
// fails when the file cannot be read or changed since it was parsed.
func (c *pkgContext) editFile(pos token.Pos) (*edit.File, bool) {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return nil, false
	}
	if c.files == nil {
		c.files = map[*token.File]*edit.File{}
	}
	if f, ok := c.files[tf]; ok {
		return f, f != nil
	}
	var f *edit.File
	if src, err := c.pass.ReadFile(tf.Name()); err == nil && !importsC(c.fileOf(pos)) {
		f, _ = edit.NewFile(c.fileOf(pos), tf, src)
	}
	c.files[tf] = f
	return f, f != nil
}

// importsC reports whether file uses cgo. Drivers analyze the file cgo
// generates from it, so positions in it are not those of the file a fix
// would edit, and cgo reads the comment of an import "C" declaration that
// an added import could join: no fix is offered in such a file.
func importsC(file *ast.File) bool {
	if file == nil {
		return false
	}
	for _, imp := range file.Imports {
		if imp.Path.Value == `"C"` {
			return true
		}
	}
	return false
}

// importFor returns the name under which the file f refers to the package
// path at pos and, when f lacks the import, the import to add. It fails for
// a dot import and when the name is taken by something else.
func (c *pkgContext) importFor(f *edit.File, pos token.Pos, path, preferred string) (string, []edit.Import, bool) {
	scope := c.scopeAt(pos)
	if scope == nil {
		return "", nil, false
	}
	name, imported := importName(f.Syntax, path, preferred)
	if imported {
		pn, ok := lookup(scope, name, pos).(*types.PkgName)
		return name, nil, name != "" && ok && pkgPath(pn.Imported()) == path
	}
	if lookup(scope, name, pos) != nil {
		return "", nil, false
	}
	return name, []edit.Import{{Path: path, Name: name}}, true
}
