package model

import (
	"cmp"
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
// without a body. The initializer of a blank package variable that calls
// nothing (var _ packer.Artifact = new(Artifact)) is neither read nor
// felt: it is not built, nor is what it refers to.

// prune returns files with the bodies of the functions roots cannot reach
// removed, info with the file versions of the new files, and the
// functions and variables of other packages that the kept code refers to;
// roots empty keeps everything.
func prune(pkg *types.Package, files []*ast.File, info *types.Info, insp *inspector.Inspector, roots []*types.Func, broken []token.Pos) ([]*ast.File, *types.Info, []imported) {
	k := newKeeper(pkg, files, info, broken)
	if len(roots) == 0 {
		for _, f := range files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					k.add(fd)
				}
			}
		}
	}
	for _, fn := range roots {
		k.add(k.declOf(fn.Origin()))
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
	pruned.InitOrder = liveInits(info)
	for i, f := range files {
		nf := *f
		nf.Decls = make([]ast.Decl, 0, len(f.Decls))
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !k.keep[fd] {
				if !holdsAny(fd, broken) && (fd.Recv == nil || len(k.dynSigs) == 0) {
					// Nothing kept refers to it, and no call graph of
					// method sets will be asked for: it is left out.
					continue
				}
				cp := *fd // a method stays, without a body, for the method sets the call graph reads
				cp.Body = nil
				d = &cp
			}
			nf.Decls = append(nf.Decls, d)
		}
		out[i] = &nf
		if v, ok := info.FileVersions[f]; ok {
			pruned.FileVersions[&nf] = v
		}
	}
	return out, &pruned, k.imports()
}

// A keeper finds the declarations the model builds.
type keeper struct {
	info   *types.Info
	pkg    *types.Package
	files  []*ast.File
	broken []token.Pos                // where the package does not type-check
	byName map[string][]*ast.FuncDecl // methods by name, on first use
	keep   map[*ast.FuncDecl]bool
	queue  []*ast.FuncDecl
	// uses are the functions, methods and variables of other packages
	// that the kept code refers to.
	uses map[types.Object]bool
	// readVars are the package variables the kept code reads; dynSigs
	// the types of the function values it calls.
	readVars map[*types.Var]bool
	dynSigs  []*types.Signature
}

func newKeeper(pkg *types.Package, files []*ast.File, info *types.Info, broken []token.Pos) *keeper {
	k := &keeper{info: info, pkg: pkg, files: files, broken: broken, keep: map[*ast.FuncDecl]bool{},
		uses: map[types.Object]bool{}, readVars: map[*types.Var]bool{}}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "init" {
				k.add(fd)
			}
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				if vs := spec.(*ast.ValueSpec); !blankNames(vs.Names) || !inertAll(info, vs.Values) {
					k.refer(vs) // a table of handlers in a package variable
				}
			}
		}
	}
	return k
}

// buildable reports whether the model may build fd: it has a body, and
// the body type-checks (one that does not is left out).
func (k *keeper) buildable(fd *ast.FuncDecl) bool {
	return fd.Body != nil && !holdsAny(fd, k.broken)
}

// declOf returns the buildable declaration of fn, a function or method of
// the package (not an instance), or nil.
func (k *keeper) declOf(fn *types.Func) *ast.FuncDecl {
	if fn.Pkg() != k.pkg || !fn.Pos().IsValid() {
		return nil
	}
	for _, f := range k.files {
		if fn.Pos() < f.FileStart || fn.Pos() > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() && k.info.Defs[fd.Name] == fn && k.buildable(fd) {
				return fd
			}
		}
	}
	return nil
}

// methodsNamed returns the buildable methods of the package named name,
// in source order.
func (k *keeper) methodsNamed(name string) []*ast.FuncDecl {
	if k.byName == nil {
		k.byName = map[string][]*ast.FuncDecl{}
		for _, f := range k.files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && k.buildable(fd) {
					k.byName[fd.Name.Name] = append(k.byName[fd.Name.Name], fd)
				}
			}
		}
	}
	return k.byName[name]
}

func (k *keeper) add(fd *ast.FuncDecl) {
	if fd != nil && !k.keep[fd] && k.buildable(fd) {
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
		k.use(obj)
		if fn, ok := obj.(*types.Func); ok {
			k.keepFunc(fn)
		}
		return true
	})
}

// keepFunc keeps the declaration of fn, or, for a method of an interface,
// of every method of that name.
func (k *keeper) keepFunc(fn *types.Func) {
	if d := k.declOf(fn.Origin()); d != nil {
		k.add(d)
	} else if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
		for _, d := range k.methodsNamed(fn.Name()) {
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

// use records obj when it is a function, a concrete method or a
// variable of another package, which the builder looks up there.
func (k *keeper) use(obj types.Object) {
	if obj.Pkg() == nil || obj.Pkg() == k.pkg {
		return
	}
	if fn, ok := obj.(*types.Func); ok {
		recv := fn.Type().(*types.Signature).Recv()
		if recv != nil && types.IsInterface(recv.Type()) {
			return // an interface's method has no function
		}
		k.uses[fn.Origin()] = true
	} else if isPackageVar(obj) {
		k.uses[obj] = true
	}
}

// An imported is a package other than the one built and the objects of
// it that the kept code refers to.
type imported struct {
	pkg  *types.Package
	objs []types.Object
}

// imports returns the packages other than pkg that the kept code refers
// to, in path order, each with the objects it refers to, in source order.
func (k *keeper) imports() []imported {
	byPkg := map[*types.Package][]types.Object{}
	for obj := range k.uses {
		byPkg[obj.Pkg()] = append(byPkg[obj.Pkg()], obj)
	}
	var out []imported
	for p, objs := range byPkg {
		slices.SortFunc(objs, func(a, b types.Object) int {
			return cmp.Or(cmp.Compare(a.Pos(), b.Pos()), strings.Compare(a.Id(), b.Id()))
		})
		out = append(out, imported{p, objs})
	}
	slices.SortFunc(out, func(a, b imported) int { return strings.Compare(a.pkg.Path(), b.pkg.Path()) })
	return out
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
