package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file evaluates FromArtifact's option expressions: whether an option,
// an options slice built by a literal or by append, an option constructor of
// the SDK or an option function of the plugin's own sets an Image field.

// optionsSetSource reports whether one of the options of the FromArtifact
// call at cur may set SourceImageID. What parstate cannot see counts as
// setting it.
func optionsSetSource(c *pkgContext, k *keyUse, cur inspector.Cursor, call *ast.CallExpr) bool {
	return optionsSet(c, k, cur, call, withSourceIDName, sourceIDField)
}

// optionsSet reports whether one of the options of the FromArtifact call
// at cur may set the Image field field, which the SDK's option named option
// sets: a future check of the region (WithRegion, ProviderRegion) or of the
// labels reuses it.
func optionsSet(c *pkgContext, k *keyUse, cur inspector.Cursor, call *ast.CallExpr, option, field string) bool {
	if len(call.Args) < 2 {
		return false
	}
	e := &optionEval{c: c, k: k, at: cur, option: option, field: field}
	for _, arg := range call.Args[1:] {
		if e.sets(arg) {
			return true
		}
	}
	return false
}

// An optionEval decides whether option expressions set one Image field.
type optionEval struct {
	c      *pkgContext
	k      *keyUse              // State's registry path, whose model says what an argument holds
	at     inspector.Cursor     // the FromArtifact call, whose function declares the local variables
	option string               // the SDK's option that sets the field (WithSourceID)
	field  string               // the field (SourceImageID)
	vars   map[*types.Var]bool  // followed already, made on first use
	funcs  map[*types.Func]bool // followed already, made on first use
}

// sets reports whether the option, options slice or option constructor x may
// set SourceImageID.
func (e *optionEval) sets(x ast.Expr) bool {
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

func (e *optionEval) callSets(call *ast.CallExpr) bool {
	info := e.c.pass.TypesInfo
	if name := imageFunc(info, call); name != "" {
		return name == e.option && !e.placeholder(call)
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
// placeholder reports whether the option call sets the field to the empty
// string, which sets nothing.
func (e *optionEval) placeholder(call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	v, ok := e.c.pathStr(e.k, call.Args[0])
	return ok && v == ""
}

func (e *optionEval) funcSets(fn *types.Func) bool {
	fn = fn.Origin()
	if pkgPath(fn.Pkg()) == imagePath {
		return fn.Name() == e.option
	}
	decl, ok := e.c.funcDecl(fn)
	if !ok {
		return fn.Pkg() != e.c.pass.Pkg
	}
	if e.funcs[fn] {
		return false
	}
	if e.funcs == nil {
		e.funcs = map[*types.Func]bool{}
	}
	e.funcs[fn] = true
	return e.bodySets(decl, decl.Node())
}

// bodySets reports whether the code of n, found under root, sets SourceImageID.
func (e *optionEval) bodySets(root inspector.Cursor, n ast.Node) bool {
	cur, ok := root.FindNode(n)
	if !ok {
		return true
	}
	info := e.c.pass.TypesInfo
	for xc := range cur.Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
		switch x := xc.Node().(type) {
		case *ast.CallExpr:
			if imageFunc(info, x) == e.option && !e.placeholder(x) {
				return true
			}
			if fn := typeutil.StaticCallee(info, x); fn != nil && fn.Pkg() == e.c.pass.Pkg && e.funcSets(fn) {
				return true
			}
		case *ast.SelectorExpr:
			if imageField(info, x) == e.field && isAssigned(xc) {
				return true // an option of the plugin's own that sets the field
			}
		}
	}
	return false
}

// varSets reports whether a value assigned to the local variable v may set
// SourceImageID. A variable declared elsewhere (a parameter, a field, a
// package variable) may.
func (e *optionEval) varSets(v *types.Var) bool {
	if e.vars[v] {
		return false
	}
	if e.vars == nil {
		e.vars = map[*types.Var]bool{}
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
