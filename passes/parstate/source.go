package parstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// checkSourceIDs reports FromArtifact calls whose image never gets a
// SourceImageID: no WithSourceID among the options, no option of the package
// that assigns it, and no assignment of the field anywhere on the path.
func checkSourceIDs(c *pkgContext, s *scope, sm *stateMethod, p *registryPath) {
	if p.written[sourceIDField] {
		return
	}
	for _, cur := range p.fromArtifacts {
		call := cur.Node().(*ast.CallExpr)
		if optionsSetSource(c, cur, call) {
			continue
		}
		src := sm.source(sourceRecv(c, sm, call))
		s.report(CategorySourceIDMissing, call, fmt.Sprintf(
			"image built by %s never sets SourceImageID, so HCP Packer cannot link it to its source image; pass %s",
			s.img(fromArtifactName), src.hint(s, true)), sourceIDFix(c, src.value, call)...)
	}
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
		return name == withSourceIDName
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
	for x := range cur.Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
		switch x := x.Node().(type) {
		case *ast.CallExpr:
			if imageFunc(info, x) == withSourceIDName {
				return true
			}
			if fn := typeutil.StaticCallee(info, x); fn != nil && fn.Pkg() == e.c.pass.Pkg && e.funcSets(fn) {
				return true
			}
		case *ast.SelectorExpr:
			if imageField(info, x) == sourceIDField {
				return true
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
			for _, name := range n.Names {
				lhs = append(lhs, name)
			}
			rhs = n.Values
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
