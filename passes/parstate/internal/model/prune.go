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
// roots (State and Id methods), the model keeps every function of the
// package the kept code refers to, every method that a call through an
// interface of the same name may reach, every function that makes a
// function value that may be stored where State can call it (a
// constructor that stores a closure), and every function that assigns a
// package variable (the model reads a package variable nothing else
// assigns as its initial value). The others keep their declaration, as a
// function without a body.

// prune returns files with the bodies of the functions roots cannot reach
// removed, info with the file versions of the new files, and the packages
// other than pkg that the kept code refers to; roots empty keeps
// everything.
func prune(pkg *types.Package, files []*ast.File, info *types.Info, insp *inspector.Inspector, roots []*types.Func) ([]*ast.File, *types.Info, []*types.Package) {
	if insp == nil {
		insp = inspector.New(files)
	}
	facts := scanDecls(files, info, insp)
	keep := facts.kept(roots)
	if len(roots) == 0 {
		for fd := range facts.decls {
			keep[fd] = true
		}
	}
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
	return out, &pruned, facts.packages(pkg, keep)
}

// declFacts are what each function declaration of a package refers to,
// read in one walk of the package.
type declFacts struct {
	decls  map[*ast.FuncDecl]*declRefs
	byFunc map[*types.Func]*ast.FuncDecl
	byName map[string][]*ast.FuncDecl // methods by name
	always []*ast.FuncDecl            // init functions and makers of function values
	vars   declRefs                   // what package variables' initializers refer to
}

// declRefs are what one declaration refers to.
type declRefs struct {
	funcs []*types.Func // functions and methods, concrete or of an interface
	pkgs  []*types.Package
	makes bool // it makes a storable function value or assigns a package variable
}

func scanDecls(files []*ast.File, info *types.Info, insp *inspector.Inspector) *declFacts {
	facts := &declFacts{decls: map[*ast.FuncDecl]*declRefs{}, byFunc: map[*types.Func]*ast.FuncDecl{}, byName: map[string][]*ast.FuncDecl{}}
	var spans []*ast.FuncDecl // the declarations with a body, in position order
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			facts.decls[fd] = &declRefs{}
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				facts.byFunc[fn] = fd
			}
			if fd.Recv != nil {
				facts.byName[fd.Name.Name] = append(facts.byName[fd.Name.Name], fd)
			}
			if fd.Body != nil {
				spans = append(spans, fd)
			}
		}
	}
	slices.SortFunc(spans, func(a, b *ast.FuncDecl) int { return int(a.Pos() - b.Pos()) })
	refsAt := func(pos token.Pos) *declRefs {
		i, _ := slices.BinarySearchFunc(spans, pos, func(fd *ast.FuncDecl, p token.Pos) int { return int(fd.Pos() - p) })
		if i > 0 && (i == len(spans) || spans[i].Pos() > pos) {
			i--
		}
		if i < len(spans) && spans[i].Body.Pos() <= pos && pos < spans[i].End() {
			return facts.decls[spans[i]]
		}
		return &facts.vars // a package variable's initializer, or a declaration's signature
	}
	for id, obj := range info.Uses {
		refsAt(id.Pos()).note(obj)
	}
	for sel, s := range info.Selections {
		refsAt(sel.Sel.Pos()).note(s.Obj())
	}
	for cur := range insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.IncDecStmt)(nil),
		(*ast.CompositeLit)(nil), (*ast.ReturnStmt)(nil)) {
		if makesValue(cur.Node(), info) {
			refsAt(cur.Node().Pos()).makes = true
		}
	}
	for _, fd := range spans {
		if fd.Recv == nil && fd.Name.Name == "init" || facts.decls[fd].makes {
			facts.always = append(facts.always, fd)
		}
	}
	slices.SortFunc(facts.always, func(a, b *ast.FuncDecl) int { return int(a.Pos() - b.Pos()) })
	return facts
}

// note records a reference to obj.
func (r *declRefs) note(obj types.Object) {
	if fn, ok := obj.(*types.Func); ok {
		r.funcs = append(r.funcs, fn)
	}
	if p := obj.Pkg(); p != nil && !slices.Contains(r.pkgs, p) {
		r.pkgs = append(r.pkgs, p)
	}
}

// kept returns the declarations the model builds: the roots, init
// functions and makers of function values, and what they refer to.
func (facts *declFacts) kept(roots []*types.Func) map[*ast.FuncDecl]bool {
	keep := map[*ast.FuncDecl]bool{}
	var queue []*ast.FuncDecl
	add := func(fd *ast.FuncDecl) {
		if fd != nil && fd.Body != nil && !keep[fd] {
			keep[fd] = true
			queue = append(queue, fd)
		}
	}
	if len(roots) == 0 {
		return keep
	}
	refer := func(r *declRefs) {
		for _, fn := range r.funcs {
			if d, ok := facts.byFunc[fn.Origin()]; ok {
				add(d)
			} else if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
				for _, d := range facts.byName[fn.Name()] {
					add(d) // a call through an interface may reach any method of that name
				}
			}
		}
	}
	for _, fn := range roots {
		add(facts.byFunc[fn.Origin()])
	}
	for _, fd := range facts.always {
		add(fd)
	}
	refer(&facts.vars) // a table of handlers in a package variable
	for len(queue) > 0 {
		fd := queue[0]
		queue = queue[1:]
		refer(facts.decls[fd])
	}
	return keep
}

// packages returns the packages other than pkg that the kept declarations
// and the package variables refer to: those the builder needs.
func (facts *declFacts) packages(pkg *types.Package, keep map[*ast.FuncDecl]bool) []*types.Package {
	seen := map[*types.Package]bool{pkg: true}
	var out []*types.Package
	add := func(ps []*types.Package) {
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	add(facts.vars.pkgs)
	for fd, refs := range facts.decls {
		if keep[fd] {
			add(refs.pkgs)
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
