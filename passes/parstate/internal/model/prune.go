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
	k := newKeeper(pkg, files, info, broken)
	if len(roots) == 0 {
		for fd := range k.decls {
			k.add(fd)
		}
	}
	for _, fn := range roots {
		k.add(k.byFunc[fn.Origin()])
	}
	k.run()
	if len(k.readVars) > 0 || len(k.dynSigs) > 0 {
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
				if !k.broken[fd] && (fd.Recv == nil || len(k.dynSigs) == 0) {
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
	pkg    *types.Package
	files  []*ast.File
	decls  map[*ast.FuncDecl]bool // the declarations with a body
	byFunc map[*types.Func]*ast.FuncDecl
	byName map[string][]*ast.FuncDecl // methods by name
	keep   map[*ast.FuncDecl]bool
	broken map[*ast.FuncDecl]bool // the declarations whose body does not type-check
	queue  []*ast.FuncDecl
	pkgs   map[*types.Package]bool // the packages the kept code refers to
	// readVars are the package variables the kept code reads; dynSigs
	// the types of the function values it calls.
	readVars map[*types.Var]bool
	dynSigs  []*types.Signature
}

func newKeeper(pkg *types.Package, files []*ast.File, info *types.Info, broken []token.Pos) *keeper {
	k := &keeper{info: info, pkg: pkg, files: files, decls: map[*ast.FuncDecl]bool{}, byFunc: map[*types.Func]*ast.FuncDecl{},
		byName: map[string][]*ast.FuncDecl{}, keep: map[*ast.FuncDecl]bool{}, broken: map[*ast.FuncDecl]bool{},
		pkgs: map[*types.Package]bool{}, readVars: map[*types.Var]bool{}}
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
			if isPackageVar(obj) && obj.Pkg() == k.pkg {
				k.readVars[obj.(*types.Var)] = true
			}
		case *ast.SelectorExpr:
			if sel, ok := k.info.Selections[n]; ok {
				obj = sel.Obj()
			}
		case *ast.CallExpr:
			if sig, ok := k.info.TypeOf(n.Fun).Underlying().(*types.Signature); ok && !isStaticCall(k.info, n) && !k.callsLike(sig) {
				k.dynSigs = append(k.dynSigs, sig)
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

// callsLike reports whether the kept code calls a function value of
// type sig.
func (k *keeper) callsLike(sig types.Type) bool {
	if sig == nil {
		return false
	}
	for _, s := range k.dynSigs {
		if types.Identical(s, sig.Underlying()) {
			return true
		}
	}
	return false
}

// addMakers keeps every declaration that assigns a package variable the
// kept code reads, or makes a function value of a type the kept code
// calls that may be stored where the kept code finds it.
func (k *keeper) addMakers(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.IncDecStmt)(nil),
		(*ast.CompositeLit)(nil), (*ast.ReturnStmt)(nil)) {
		if !k.makes(cur.Node()) {
			continue
		}
		for fd := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			k.add(fd.Node().(*ast.FuncDecl))
		}
	}
}

// makes reports whether the node n assigns a package variable the kept
// code reads (or an element or field of one), takes its address, or
// stores a function value of a type the kept code calls: in a field, a
// map, a composite literal, or a result.
func (k *keeper) makes(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if k.readVars[rootVar(k.info, l)] {
				return true
			}
			if _, ok := ast.Unparen(l).(*ast.Ident); !ok && n.Tok == token.ASSIGN && k.storesCalled(n.Rhs) {
				return true // a field or an element
			}
		}
	case *ast.UnaryExpr:
		return n.Op == token.AND && k.readVars[rootVar(k.info, n.X)]
	case *ast.IncDecStmt:
		return k.readVars[rootVar(k.info, n.X)]
	case *ast.CompositeLit:
		return k.storesCalled(n.Elts)
	case *ast.ReturnStmt:
		return k.storesCalled(n.Results)
	}
	return false
}

// rootVar returns the variable at the root of e (v, v.f, v[i]), or nil.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// storesCalled reports whether one of exprs (or a key-value's value) is a
// function value of a type the kept code calls.
func (k *keeper) storesCalled(exprs []ast.Expr) bool {
	for _, e := range exprs {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if t := k.info.TypeOf(e); t != nil && k.callsLike(t) {
			return true
		}
	}
	return false
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

func isFunc(obj types.Object) bool {
	_, ok := obj.(*types.Func)
	return ok
}

// isPackageVar reports whether obj is a package-level variable.
func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
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
