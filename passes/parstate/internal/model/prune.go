package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// This file chooses the functions of a package the model builds: SSA for
// a whole package costs far more than reading it, and most of a plugin's
// code (builders, steps, configs) has nothing to do with State. From the
// roots (State and Id methods) and the package's init functions, the model
// keeps every function of the package the kept code refers to (in its
// bodies, or in package variables' initializers: a table of handlers), and
// every method that a call through an interface of the same name may
// reach. Where the kept code calls a function value the evaluation may not
// know, or reads a package variable, it also keeps every function that
// makes a function value that may be stored where State can call it (a
// constructor that stores a closure) or that assigns a package variable
// (the model reads a package variable nothing else assigns as its initial
// value): finding those takes a look at the whole package, which most
// packages do not need. The others keep their declaration, as functions
// without a body.

// prune returns files with the bodies of the functions roots cannot reach
// removed, info with the file versions of the new files, and the packages
// other than pkg that the kept code refers to; roots empty keeps
// everything.
func prune(pkg *types.Package, files []*ast.File, info *types.Info, insp *inspector.Inspector, roots []*types.Func, broken []token.Pos) ([]*ast.File, *types.Info, []*types.Package) {
	k := newKeeper(files, info, broken)
	if len(roots) == 0 {
		for fd := range k.decls {
			k.add(fd)
		}
	}
	for _, fn := range roots {
		k.add(k.byFunc[fn.Origin()])
	}
	k.run()
	if k.needsMakers {
		if insp == nil {
			insp = inspector.New(files)
		}
		k.addMakers(insp)
		k.run()
	}
	out := make([]*ast.File, len(files))
	pruned := *info
	pruned.FileVersions = make(map[*ast.File]string, len(files))
	for i, f := range files {
		nf := *f
		nf.Decls = make([]ast.Decl, len(f.Decls))
		for j, d := range f.Decls {
			nf.Decls[j] = d
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !k.keep[fd] {
				if !k.broken[fd] && (fd.Recv == nil || !k.needsMakers) {
					// Nothing kept refers to it, and no call graph of
					// method sets will be asked for.
					nf.Decls[j] = &ast.BadDecl{From: fd.Pos(), To: fd.End()}
					continue
				}
				cp := *fd // a method stays, without a body, for the method sets the call graph reads
				cp.Body = nil
				nf.Decls[j] = &cp
			}
		}
		out[i] = &nf
		if v, ok := info.FileVersions[f]; ok {
			pruned.FileVersions[&nf] = v
		}
	}
	return out, &pruned, k.packages(pkg)
}

// A keeper finds the declarations the model builds.
type keeper struct {
	info   *types.Info
	files  []*ast.File
	decls  map[*ast.FuncDecl]bool // the declarations with a body
	byFunc map[*types.Func]*ast.FuncDecl
	byName map[string][]*ast.FuncDecl // methods by name
	keep   map[*ast.FuncDecl]bool
	broken map[*ast.FuncDecl]bool // the declarations whose body does not type-check
	queue  []*ast.FuncDecl
	pkgs   map[*types.Package]bool // the packages the kept code refers to
	// needsMakers: the kept code calls a function value or reads a
	// package variable.
	needsMakers bool
}

func newKeeper(files []*ast.File, info *types.Info, broken []token.Pos) *keeper {
	k := &keeper{info: info, files: files, decls: map[*ast.FuncDecl]bool{}, byFunc: map[*types.Func]*ast.FuncDecl{},
		byName: map[string][]*ast.FuncDecl{}, keep: map[*ast.FuncDecl]bool{}, broken: map[*ast.FuncDecl]bool{},
		pkgs: map[*types.Package]bool{}}
	for _, f := range files {
		for _, d := range f.Decls {
			if d, ok := d.(*ast.FuncDecl); ok {
				if d.Body == nil {
					continue
				}
				if holdsAny(d, broken) {
					k.broken[d] = true // a body that does not type-check: left out
					continue
				}
				k.decls[d] = true
				if fn, ok := info.Defs[d.Name].(*types.Func); ok {
					k.byFunc[fn] = d
				}
				if d.Recv != nil {
					k.byName[d.Name.Name] = append(k.byName[d.Name.Name], d)
				} else if d.Name.Name == "init" {
					k.add(d)
				}
			}
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				k.refer(gd) // a table of handlers in a package variable
			}
		}
	}
	return k
}

func (k *keeper) add(fd *ast.FuncDecl) {
	if fd != nil && k.decls[fd] && !k.keep[fd] {
		k.keep[fd] = true
		k.queue = append(k.queue, fd)
	}
}

// run reads the bodies of the declarations kept and not read yet.
func (k *keeper) run() {
	for len(k.queue) > 0 {
		fd := k.queue[0]
		k.queue = k.queue[1:]
		k.refer(fd.Body)
	}
}

// refer keeps what the syntax n refers to.
func (k *keeper) refer(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		var obj types.Object
		switch n := n.(type) {
		case *ast.Ident:
			obj = k.info.Uses[n]
			if isPackageVar(obj) {
				k.needsMakers = true
			}
		case *ast.SelectorExpr:
			if sel, ok := k.info.Selections[n]; ok {
				obj = sel.Obj()
			}
		case *ast.CallExpr:
			if _, ok := k.info.TypeOf(n.Fun).(*types.Signature); ok && !isStaticCall(k.info, n) {
				k.needsMakers = true
			}
		}
		if obj == nil {
			return true
		}
		if p := obj.Pkg(); p != nil && (isPackageVar(obj) || isFunc(obj)) {
			k.pkgs[p] = true // the builder looks its functions and variables up there
		}
		if fn, ok := obj.(*types.Func); ok {
			k.keepFunc(fn)
		}
		return true
	})
}

// keepFunc keeps the declaration of fn, or, for a method of an interface,
// of every method of that name.
func (k *keeper) keepFunc(fn *types.Func) {
	if d, ok := k.byFunc[fn.Origin()]; ok {
		k.add(d)
	} else if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
		for _, d := range k.byName[fn.Name()] {
			k.add(d) // a call through an interface may reach any method of that name
		}
	}
}

// isStaticCall reports whether call calls a function or method by name, a
// builtin, or converts.
func isStaticCall(info *types.Info, call *ast.CallExpr) bool {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		_, ok := info.Uses[fun].(*types.Func)
		return ok
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[fun]; ok {
			return sel.Kind() == types.MethodVal
		}
		_, ok := info.Uses[fun.Sel].(*types.Func)
		return ok
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true // a generic function's instance, or a table's handler, which the evaluation follows
	}
	return false
}

// addMakers keeps every declaration that makes a function value that may
// be stored, or assigns a package variable.
func (k *keeper) addMakers(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.IncDecStmt)(nil),
		(*ast.CompositeLit)(nil), (*ast.ReturnStmt)(nil)) {
		if !makesValue(cur.Node(), k.info) {
			continue
		}
		for fd := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			k.add(fd.Node().(*ast.FuncDecl))
		}
	}
}

// packages returns the packages other than pkg that the kept code refers
// to, in path order: those the builder needs.
func (k *keeper) packages(pkg *types.Package) []*types.Package {
	var out []*types.Package
	for p := range k.pkgs {
		if p != pkg {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b *types.Package) int { return strings.Compare(a.Path(), b.Path()) })
	return out
}

// makesValue reports whether the node n makes a function value that may
// be stored (a closure or a method value put in a field, a map, a
// composite literal, or returned), or assigns a package variable.
func makesValue(n ast.Node, info *types.Info) bool {
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok {
				if isPackageVar(info.Uses[id]) {
					return true
				}
			} else if n.Tok == token.ASSIGN && storesFunc(n.Rhs, info) {
				return true // a field or an element
			}
		}
	case *ast.UnaryExpr:
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
			return isPackageVar(info.Uses[id])
		}
	case *ast.IncDecStmt:
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
			return isPackageVar(info.Uses[id])
		}
	case *ast.CompositeLit:
		return storesFunc(n.Elts, info)
	case *ast.ReturnStmt:
		return storesFunc(n.Results, info)
	}
	return false
}

func isFunc(obj types.Object) bool {
	_, ok := obj.(*types.Func)
	return ok
}

// isPackageVar reports whether obj is a package-level variable.
func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// storesFunc reports whether one of exprs (or a key-value's value) is a
// value of function type.
func storesFunc(exprs []ast.Expr, info *types.Info) bool {
	for _, e := range exprs {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if _, ok := info.TypeOf(e).(*types.Signature); ok {
			return true
		}
	}
	return false
}

// holdsAny reports whether one of positions lies in n.
func holdsAny(n ast.Node, positions []token.Pos) bool {
	for _, p := range positions {
		if n.Pos() <= p && p < n.End() {
			return true
		}
	}
	return false
}
