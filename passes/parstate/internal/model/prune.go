package model

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file chooses the functions of a package the model builds: SSA for
// a whole package costs far more than reading it, and most of a plugin's
// code (builders, steps, configs) has nothing to do with State. From the
// roots (State and Id methods), the model keeps every function of the
// package the kept code refers to, every method that a call through an
// interface of the same name may reach, every function that makes a
// function value that may be stored where State can call it (a
// constructor that stores a closure), and every function that assigns a
// package variable (the model reads a package variable nothing else
// assigns as its initial value). The others keep their declaration, as a
// function without a body.

// prune returns files with the bodies of the functions roots cannot reach
// removed, and info with the file versions of the new files; roots empty
// keeps everything.
func prune(files []*ast.File, info *types.Info, roots []*types.Func) ([]*ast.File, *types.Info) {
	if len(roots) == 0 {
		return files, info
	}
	keep := keptFuncs(files, info, roots)
	out := make([]*ast.File, len(files))
	pruned := *info
	pruned.FileVersions = make(map[*ast.File]string, len(files))
	for i, f := range files {
		nf := *f
		nf.Decls = make([]ast.Decl, len(f.Decls))
		for j, d := range f.Decls {
			nf.Decls[j] = d
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !keep[fd] {
				cp := *fd
				cp.Body = nil
				nf.Decls[j] = &cp
			}
		}
		out[i] = &nf
		if v, ok := info.FileVersions[f]; ok {
			pruned.FileVersions[&nf] = v
		}
	}
	return out, &pruned
}

// keptFuncs returns the declarations the model builds.
func keptFuncs(files []*ast.File, info *types.Info, roots []*types.Func) map[*ast.FuncDecl]bool {
	decls := map[*types.Func]*ast.FuncDecl{}
	byName := map[string][]*ast.FuncDecl{}
	keep := map[*ast.FuncDecl]bool{}
	var queue []*ast.FuncDecl
	add := func(fd *ast.FuncDecl) {
		if fd != nil && !keep[fd] {
			keep[fd] = true
			queue = append(queue, fd)
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				decls[fn] = fd
			}
			if fd.Recv != nil {
				byName[fd.Name.Name] = append(byName[fd.Name.Name], fd)
			}
			if fd.Recv == nil && fd.Name.Name == "init" || makesValues(fd, info) {
				add(fd)
			}
		}
	}
	for _, fn := range roots {
		add(decls[fn.Origin()])
	}
	refer := func(root ast.Node) {
		ast.Inspect(root, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			fn, ok := info.Uses[id].(*types.Func)
			if !ok {
				return true
			}
			if d, ok := decls[fn.Origin()]; ok {
				add(d)
			} else if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
				for _, d := range byName[fn.Name()] {
					add(d) // a call through an interface may reach any method of that name
				}
			}
			return true
		})
	}
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				refer(gd) // what a package variable's initializer refers to (a table of handlers)
			}
		}
	}
	for len(queue) > 0 {
		fd := queue[0]
		queue = queue[1:]
		refer(fd.Body)
	}
	return keep
}

// makesValues reports whether fd makes a function value that may be
// stored (a closure or a method value put in a field, a map, a composite
// literal, or returned), or assigns a package variable.
func makesValues(fd *ast.FuncDecl, info *types.Info) bool {
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
						found = true // a package variable
					}
				} else if n.Tok == token.ASSIGN && storesFunc(n.Rhs, info) {
					found = true // a field or an element
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
					found = true
				}
			}
		case *ast.CompositeLit:
			found = found || storesFunc(n.Elts, info)
		case *ast.ReturnStmt:
			found = found || storesFunc(n.Results, info)
		}
		return !found
	})
	return found
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

// referenced returns the packages other than pkg whose objects the bodies
// and declarations of files refer to, in the order of pkg's imports and
// then of first reference.
func referenced(pkg *types.Package, files []*ast.File, info *types.Info) []*types.Package {
	seen := map[*types.Package]bool{pkg: true}
	var out []*types.Package
	add := func(p *types.Package) {
		if p != nil && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	used := map[*types.Package]bool{}
	var order []*types.Package
	note := func(obj types.Object) {
		if obj != nil && obj.Pkg() != nil && !used[obj.Pkg()] {
			used[obj.Pkg()] = true
			order = append(order, obj.Pkg())
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				note(info.Uses[n])
			case *ast.SelectorExpr:
				if sel, ok := info.Selections[n]; ok {
					note(sel.Obj())
				}
			}
			return true
		})
	}
	for _, imp := range pkg.Imports() {
		if used[imp] {
			add(imp)
		}
	}
	for _, p := range order {
		add(p)
	}
	return out
}
