package parstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/parlint/parlint/internal/edit"
)

// Category sourceid-missing: an image built on the registry path never gets
// SourceImageID, which FromArtifact cannot derive: HCP Packer then cannot
// link the image to its parent.

// checkSourceIDMissing reports the FromArtifact calls and the Image literals of the
// path whose image never gets a SourceImageID: no WithSourceID among the
// options, no option of the package that assigns it, no assignment of the
// field anywhere on the path.
func checkSourceIDMissing(c *pkgContext, s *scope, sm *stateMethod, p *registryPath) {
	for _, cur := range p.fromArtifacts {
		call := cur.Node().(*ast.CallExpr)
		if p.sourceWritten(c, cur) || optionsSetSource(c, cur, call) {
			continue
		}
		src := sm.source(sourceRecv(c, sm, call))
		s.report(CategorySourceIDMissing, call, fmt.Sprintf(
			"image built by %s never sets SourceImageID, so HCP Packer cannot link it to its source image; pass %s",
			s.img(fromArtifactName), src.hint(s, true)), sourceIDFix(c, src.value, call)...)
	}
	for _, cur := range p.literals {
		lit := cur.Node().(*ast.CompositeLit)
		set := literalFields(lit)
		complete := (set[imageIDField] || p.written[imageIDField]) && (set[providerField] || p.written[providerField])
		if !complete || set[sourceIDField] || p.written[sourceIDField] {
			continue // an incomplete literal is fromartifact-missing's
		}
		src := sm.source(literalSourceRecv(c, sm, cur))
		s.report(CategorySourceIDMissing, lit, fmt.Sprintf(
			"%s literal never sets SourceImageID, so HCP Packer cannot link the image to its source image; set %s",
			s.img(imageName), src.hint(s, false)), literalSourceFix(c, src.value, lit)...)
	}
}

// sourceIDFix appends WithSourceID(value) to a FromArtifact call.
func sourceIDFix(c *pkgContext, value string, call *ast.CallExpr) []analysis.SuggestedFix {
	if value == "" || call.Ellipsis.IsValid() {
		return nil
	}
	f, ok := c.editFile(call.Pos()) // a helper's call may be in another file than State
	if !ok {
		return nil
	}
	img, imports, ok := c.importFor(f, call.Pos(), imagePath, imageDefault)
	if !ok {
		return nil
	}
	opt := fmt.Sprintf("%s(%s)", qualify(img, withSourceIDName), value)
	last := call.Args[len(call.Args)-1]
	text := ", " + opt
	at := last.End()
	if comma, ok := f.TrailingComma(last); ok {
		indent, ok := f.Indent(last.Pos())
		if !ok {
			return nil
		}
		at, text = comma+1, "\n"+indent+opt+","
	}
	return fix(f, "Add "+opt, imports, edit.Insert(at, text))
}

// literalSourceFix adds SourceImageID: value to an Image literal.
func literalSourceFix(c *pkgContext, value string, lit *ast.CompositeLit) []analysis.SuggestedFix {
	if value == "" || len(lit.Elts) == 0 {
		return nil
	}
	f, ok := c.editFile(lit.Pos())
	if !ok {
		return nil
	}
	src, ok := f.Text(lit)
	if !ok {
		return nil
	}
	last := lit.Elts[len(lit.Elts)-1]
	cut := int(last.End() - lit.Pos())
	elt := ", " + sourceIDField + ": " + value
	if comma, ok := f.TrailingComma(last); ok {
		cut = int(comma - lit.Pos() + 1)
		elt = "\n" + sourceIDField + ": " + value + ","
	}
	indent, ok := f.Indent(lit.Pos())
	if !ok {
		return nil
	}
	formatted, ok := edit.FormatSnippet("var _ = ", src[:cut]+elt+src[cut:], indent)
	if !ok {
		return nil
	}
	return fix(f, "Set "+sourceIDField+": "+value, nil, edit.Replace(lit, formatted))
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

// A sourceGuess is what parstate can tell of the source image ID where an
// image is built: value, the expression that clearly holds it, or "" with
// the fields that may hold it.
type sourceGuess struct {
	value      string
	candidates []string
}

// source returns the guess for an image built from the artifact variable
// recv ("" when the artifact is not a variable of the State's type).
func (sm *stateMethod) source(recv string) sourceGuess {
	clear, candidates := sourceFields(sm.named)
	qualify := func(f string) string {
		if recv == "" {
			return f
		}
		return recv + "." + f
	}
	if clear != nil && recv != "" {
		v := qualify(clear.Name())
		if !types.Identical(clear.Type(), types.Typ[types.String]) {
			v = "string(" + v + ")" // WithSourceID takes a string
		}
		return sourceGuess{value: v}
	}
	g := sourceGuess{}
	for _, f := range candidates {
		g.candidates = append(g.candidates, qualify(f))
	}
	return g
}

// hint says what to write to set the source image ID: the option, or the
// literal's field, with the value when it is clear, else with the fields
// that may hold it.
func (g sourceGuess) hint(s *scope, option bool) string {
	what := sourceIDField + " to the source image's ID"
	switch {
	case option && g.value != "":
		return s.img(withSourceIDName) + "(" + g.value + ")"
	case g.value != "":
		return sourceIDField + ": " + g.value
	case option:
		what = s.img(withSourceIDName) + " with the source image's ID"
	}
	if len(g.candidates) > 0 {
		what += " (no field clearly holds it; candidates: " + strings.Join(g.candidates, ", ") + ")"
	}
	return what
}

// sourceFields returns the string fields of the artifact type, direct or
// promoted from an embedded struct, that may hold the source image ID: their
// name has a word source, src, base or parent, and a selector of that name
// on the artifact reaches the field (no method or other field hides it).
// clear is the one among them whose name also names an image ID
// (SourceImage, SourceAMI, BaseImageID, ParentImageName) and nothing else
// (SourcePath, BaseDir, SourceImageFamily), or "" when there is not exactly
// one: only that field is written by a fix.
func sourceFields(named *types.Named) (clear *types.Var, candidates []string) {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	var fields []*types.Var
	collectSourceFields(named.Obj().Pkg(), st, 0, &fields)
	var clearOnes []*types.Var
	for _, f := range fields {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), f.Name())
		if obj != f {
			continue // hidden by a method or a shallower field, or ambiguous
		}
		candidates = append(candidates, f.Name())
		if namesImage(f.Name()) {
			clearOnes = append(clearOnes, f)
		}
	}
	if len(clearOnes) == 1 {
		clear = clearOnes[0]
	}
	return clear, candidates
}

func collectSourceFields(pkg *types.Package, st *types.Struct, depth int, found *[]*types.Var) {
	for f := range st.Fields() {
		if !f.Exported() && f.Pkg() != pkg {
			continue // not selectable from the artifact's package
		}
		if f.Embedded() && depth < 2 {
			if inner, ok := derefStruct(f.Type()); ok {
				collectSourceFields(pkg, inner, depth+1, found)
			}
			continue
		}
		b, ok := f.Type().Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsString == 0 || !mentionsSource(f.Name()) {
			continue
		}
		*found = append(*found, f)
	}
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	st, ok := deref(t).Underlying().(*types.Struct)
	return st, ok
}

// mentionsSource reports whether a camel-case or snake-case identifier has a
// word source, src, base or parent (so "Database" does not count).
func mentionsSource(name string) bool {
	return hasWord(name, "source", "src", "base", "parent")
}

// namesImage reports whether a field name that mentions the source also names
// an image, and neither a file system or network location nor another
// property of the image: SourceImage, SourceAMI, BaseImageID,
// ParentImageName, SourceID, but not SourcePath, BaseDir, SourceImageURL,
// SourceImageFamily, SourceImageProjectID.
func namesImage(name string) bool {
	return hasWord(name, "image", "img", "ami", "id", "snapshot") &&
		!hasWord(name, "path", "dir", "directory", "file", "folder", "url", "uri", "checksum",
			"family", "project", "region", "zone", "type", "version", "format", "size", "owner", "filter")
}

// hasWord reports whether a camel-case or snake-case identifier has one of
// words, compared without case.
func hasWord(name string, words ...string) bool {
	for _, w := range splitWords(name) {
		for _, want := range words {
			if strings.EqualFold(w, want) {
				return true
			}
		}
	}
	return false
}

func splitWords(name string) []string {
	var words []string
	start := 0
	rs := []rune(name)
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '_' ||
			unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			if w := strings.Trim(string(rs[start:i]), "_"); w != "" {
				words = append(words, w)
			}
			start = i
		}
	}
	return words
}

// optionsSetSource reports whether one of the options of the FromArtifact
// call at cur may set SourceImageID. What parstate cannot see counts as
// setting it.
func optionsSetSource(c *pkgContext, cur inspector.Cursor, call *ast.CallExpr) bool {
	if len(call.Args) < 2 {
		return false
	}
	e := &sourceEval{c: c, at: cur, vars: map[*types.Var]bool{}, funcs: map[*types.Func]bool{}}
	for _, arg := range call.Args[1:] {
		if e.sets(arg) {
			return true
		}
	}
	return false
}

// A sourceEval decides whether option expressions set SourceImageID.
type sourceEval struct {
	c     *pkgContext
	at    inspector.Cursor // the FromArtifact call, whose function declares the local variables
	vars  map[*types.Var]bool
	funcs map[*types.Func]bool
}

// sets reports whether the option, options slice or option constructor x may
// set SourceImageID.
func (e *sourceEval) sets(x ast.Expr) bool {
	info := e.c.pass.TypesInfo
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if e.sets(elt) {
				return true
			}
		}
		return false
	case *ast.FuncLit:
		return e.bodySets(e.at.Inspector().Root(), x)
	case *ast.CallExpr:
		return e.callSets(x)
	case *ast.Ident:
		switch obj := info.Uses[x].(type) {
		case *types.Nil:
			return false
		case *types.Func:
			return e.funcSets(obj)
		case *types.Var:
			return e.varSets(obj)
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[x.Sel].(*types.Func); ok {
			return e.funcSets(fn)
		}
	}
	return true
}

func (e *sourceEval) callSets(call *ast.CallExpr) bool {
	info := e.c.pass.TypesInfo
	if name := imageFunc(info, call); name != "" {
		return name == withSourceIDName && !e.placeholder(call)
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return e.sets(call.Args[0]) // ArtifactOverrideFunc(f)
	}
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		if obj.Name() != "append" {
			return true
		}
		for _, arg := range call.Args {
			if e.sets(arg) {
				return true
			}
		}
		return false
	case *types.Func:
		return e.funcSets(obj)
	}
	return true
}

// funcSets reports whether a same-package function sets SourceImageID in its
// body: calls WithSourceID or assigns the field, itself or through another
// function of the package. A function of another package may.
// placeholder reports whether the WithSourceID call sets the field to the
// empty string, which sets nothing.
func (e *sourceEval) placeholder(call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	v, ok := e.c.eval.str(call.Args[0], nil, 0)
	return ok && v == ""
}

func (e *sourceEval) funcSets(fn *types.Func) bool {
	fn = fn.Origin()
	if pkgPath(fn.Pkg()) == imagePath {
		return fn.Name() == withSourceIDName
	}
	decl, ok := e.c.funcDecl(fn)
	if !ok {
		return fn.Pkg() != e.c.pass.Pkg
	}
	if e.funcs[fn] {
		return false
	}
	e.funcs[fn] = true
	return e.bodySets(decl, decl.Node())
}

// bodySets reports whether the code of n, found under root, sets SourceImageID.
func (e *sourceEval) bodySets(root inspector.Cursor, n ast.Node) bool {
	cur, ok := root.FindNode(n)
	if !ok {
		return true
	}
	info := e.c.pass.TypesInfo
	for xc := range cur.Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
		switch x := xc.Node().(type) {
		case *ast.CallExpr:
			if imageFunc(info, x) == withSourceIDName && !e.placeholder(x) {
				return true
			}
			if fn := typeutil.StaticCallee(info, x); fn != nil && fn.Pkg() == e.c.pass.Pkg && e.funcSets(fn) {
				return true
			}
		case *ast.SelectorExpr:
			if imageField(info, x) == sourceIDField && isAssigned(xc) {
				return true // an option of the plugin's own that sets the field
			}
		}
	}
	return false
}

// varSets reports whether a value assigned to the local variable v may set
// SourceImageID. A variable declared elsewhere (a parameter, a field, a
// package variable) may.
func (e *sourceEval) varSets(v *types.Var) bool {
	if e.vars[v] {
		return false
	}
	e.vars[v] = true
	fn := e.at
	for anc := range e.at.Enclosing((*ast.FuncDecl)(nil)) {
		fn = anc
	}
	info := e.c.pass.TypesInfo
	declared := false
	sets := false
	for cur := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		var lhs, rhs []ast.Expr
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			lhs, rhs = n.Lhs, n.Rhs
		case *ast.ValueSpec:
			lhs, rhs = specNames(n), n.Values
		}
		for i, l := range lhs {
			if ix, ok := l.(*ast.IndexExpr); ok {
				l = ix.X // opts[i] = x
			}
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || info.ObjectOf(id) != v {
				continue
			}
			declared = true
			switch {
			case len(rhs) == len(lhs):
				sets = sets || e.sets(rhs[i])
			case len(rhs) > 0:
				sets = true // from a call with several results
			}
		}
	}
	return sets || !declared
}
