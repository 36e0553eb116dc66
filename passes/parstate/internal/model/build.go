package model

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"
)

// A Config says what the model binds State's key to and what code it may
// take as seen.
type Config struct {
	// Key is the value State's key is bound to on the registry side
	// (the SDK's ArtifactStateURI); Other stands for any other key.
	Key, Other string
	// IsStdlib reports whether pkg is in the standard library: a key
	// passed there (strings.ToLower(name), fmt.Sprint(name)) is not
	// forwarded to code that may answer it.
	IsStdlib func(pkg *types.Package) bool
	// Roots are the functions the model is asked about (State and Id
	// methods): it builds them and the code they may reach, and leaves the
	// rest of the package without a body. None builds everything.
	Roots []*types.Func
	// Inspector, when set, is the files' inspector, which the analysis
	// driver has built already.
	Inspector *inspector.Inspector
	// Broken are the positions of the package's type errors: a function
	// whose body holds one is left without a body (what it does is
	// unknown), so that the SSA builder, which may panic on ill-typed code,
	// builds the rest.
	Broken []token.Pos
	// Budget bounds the instructions evaluated in the package; 0 means
	// the default, enough for any plugin seen.
	Budget int
}

// A Package is the SSA form of one package and the contexts evaluated in
// it so far. It is not safe for concurrent use.
type Package struct {
	cfg   Config
	fset  *token.FileSet
	info  *types.Info
	pkg   *types.Package
	ssa   *ssa.Package
	funcs map[ast.Node]*ssa.Function // FuncDecl or FuncLit → its function

	refs    map[*ssa.Function]*debugRefs
	globals map[*ssa.Global]*globalInfo // memo of global
	ctxs    map[string]*Context
	byFunc  map[*ssa.Function]int // contexts made of each function
	ids     map[any]int
	stack   []*Context
	budget  int // evaluation steps left; when spent, what is left is unknown
	calls   *callGraph
	nextID  int
	files   []*ast.File
	reads   map[*types.Var]bool // the fields the package reads, on first use
	orders  map[*ssa.Function]blockOrder
	slots   map[*ssa.Function]map[ssa.Value]int32
	fnVals  map[*ssa.Function]val // memo of funcVal
	keyBuf  []byte                // contextKey's buffer
}

// Build builds the SSA form of pkg, whose syntax is files and whose type
// information is info. It fails, with a reason fit for a user, where the
// SSA builder panics, as it may on code that does not type-check.
func Build(fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info, cfg Config) (p *Package, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("the SSA builder failed on this package: %v", r)
		}
	}()
	// BareInits keeps the package initializer from calling the others'.
	prog := ssa.NewProgram(fset, ssa.GlobalDebug|ssa.BareInits)
	built, binfo, imports := prune(pkg, files, info, cfg.Inspector, cfg.Roots, cfg.Broken)
	for _, imp := range imports {
		createImport(prog, imp)
	}
	sp := prog.CreatePackage(pkg, built, binfo, false)
	sp.Build()
	p = &Package{cfg: cfg, fset: fset, info: info, files: files, pkg: pkg, ssa: sp, funcs: map[ast.Node]*ssa.Function{},
		refs: map[*ssa.Function]*debugRefs{}, orders: map[*ssa.Function]blockOrder{}, slots: map[*ssa.Function]map[ssa.Value]int32{}, fnVals: map[*ssa.Function]val{}, ctxs: map[string]*Context{},
		byFunc: map[*ssa.Function]int{}, ids: map[any]int{}, budget: cmp.Or(cfg.Budget, stepBudget)}
	for _, f := range built {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := info.Defs[fd.Name].(*types.Func); ok {
					p.index(prog.FuncValue(obj))
				}
			}
		}
	}
	return p, nil
}

// createImport creates the package imp.pkg with a member for each of
// imp.objs alone, the objects the built code refers to, which the builder
// looks up there: creating a package from its type information makes a
// member of each of its objects and a function of each method of its
// types (an AWS SDK package has thousands, log dozens). The members are
// declared by syntax without bodies, which the builder never builds, as
// it builds no package but the one analyzed; a method the built code
// needs and does not name (a promoted method's wrapper calls it) is made
// from its type on demand, without a body either.
func createImport(prog *ssa.Program, imp imported) {
	noParams := &ast.FuncType{} // the builder reads no declaration's type: one serves all
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object, len(imp.objs))}
	file := &ast.File{Name: ast.NewIdent(imp.pkg.Name())}
	for _, obj := range imp.objs {
		id := ast.NewIdent(obj.Name())
		info.Defs[id] = obj
		if _, ok := obj.(*types.Func); ok {
			file.Decls = append(file.Decls, &ast.FuncDecl{Name: id, Type: noParams})
		} else {
			spec := &ast.ValueSpec{Names: []*ast.Ident{id}}
			file.Decls = append(file.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{spec}})
		}
	}
	prog.CreatePackage(imp.pkg, []*ast.File{file}, info, true)
}

// index records fn and its function literals by their syntax.
func (p *Package) index(fn *ssa.Function) {
	if fn == nil {
		return
	}
	if fn.Syntax() != nil {
		p.funcs[fn.Syntax()] = fn
	}
	for _, anon := range fn.AnonFuncs {
		p.index(anon)
	}
}

// funcVal returns the value of the function fn, which binds nothing.
func (p *Package) funcVal(fn *ssa.Function) val {
	v, ok := p.fnVals[fn]
	if !ok {
		v = closureVal(fn, nil)
		p.fnVals[fn] = v
	}
	return v
}

// Func returns the function whose syntax is n, a *ast.FuncDecl or a
// *ast.FuncLit of the package, or nil.
func (p *Package) Func(n ast.Node) *ssa.Function { return p.funcs[n] }

// id returns a small number for x, stable for the life of p, for memo keys.
func (p *Package) id(x any) int {
	if n, ok := p.ids[x]; ok {
		return n
	}
	n := len(p.ids) + 1
	p.ids[x] = n
	return n
}

// follows reports whether the model looks into fn: a function of the
// package with a body, or a wrapper the SSA builder made (a bound method,
// a generic instance that delegates to its origin) around one.
func (p *Package) follows(fn *ssa.Function) bool {
	if fn == nil || fn.Blocks == nil {
		return false
	}
	return fn.Pkg == p.ssa || fn.Origin() != nil && fn.Origin().Pkg == p.ssa || fn.Synthetic != "" && fn.Pkg == nil
}

// debugRefs maps the expressions of one function to their values.
type debugRefs struct {
	values []exprValue // by position, stably: in the function's order where positions tie
	calls  []posCall   // sorted by position, stably: in the function's order where positions tie
	fn     *ssa.Function
}

// An exprValue is an expression and its value, from a debug reference.
type exprValue struct {
	expr ast.Expr
	v    ssa.Value
}

// refsOf returns the debug references of fn, indexed on first use.
func (p *Package) refsOf(fn *ssa.Function) *debugRefs {
	if r, ok := p.refs[fn]; ok {
		return r
	}
	nrefs, ncalls := 0, 0
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef:
				if !instr.IsAddr {
					nrefs++
				}
			case ssa.CallInstruction:
				ncalls++
			}
		}
	}
	r := &debugRefs{fn: fn, values: make([]exprValue, 0, nrefs), calls: make([]posCall, 0, ncalls)}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef:
				if !instr.IsAddr {
					r.values = append(r.values, exprValue{instr.Expr, instr.X})
				}
			case ssa.CallInstruction:
				if pos := instr.Common().Pos(); pos.IsValid() {
					r.calls = append(r.calls, posCall{pos, instr})
				}
			}
		}
	}
	slices.SortStableFunc(r.values, func(x, y exprValue) int { return cmp.Compare(x.expr.Pos(), y.expr.Pos()) })
	slices.SortStableFunc(r.calls, func(x, y posCall) int { return cmp.Compare(x.pos, y.pos) })
	p.refs[fn] = r
	return r
}

// value returns the value of the expression e, the last the function's
// order gives it.
func (r *debugRefs) value(e ast.Expr) (ssa.Value, bool) {
	pos := e.Pos()
	i, _ := slices.BinarySearchFunc(r.values, pos, func(x exprValue, pos token.Pos) int { return cmp.Compare(x.expr.Pos(), pos) })
	var v ssa.Value
	for ; i < len(r.values) && r.values[i].expr.Pos() == pos; i++ {
		if r.values[i].expr == e {
			v = r.values[i].v
		}
	}
	return v, v != nil
}

// A posCall is a call instruction with the position of its call's left
// parenthesis.
type posCall struct {
	pos  token.Pos
	call ssa.CallInstruction
}

// callsAt returns the call instructions whose call's left parenthesis is
// at lparen, in the function's order.
func (r *debugRefs) callsAt(lparen token.Pos) []posCall {
	i, _ := slices.BinarySearchFunc(r.calls, lparen, func(x posCall, pos token.Pos) int { return cmp.Compare(x.pos, pos) })
	j := i
	for j < len(r.calls) && r.calls[j].pos == lparen {
		j++
	}
	return r.calls[i:j]
}

// exprOf returns the first expression, in the function's order, whose
// value is v. It is asked about few values (conditions, answers), so it
// reads the function each time rather than index it.
func (r *debugRefs) exprOf(v ssa.Value) (ast.Expr, bool) {
	for _, b := range r.fn.Blocks {
		for _, instr := range b.Instrs {
			if ref, ok := instr.(*ssa.DebugRef); ok && !ref.IsAddr && ref.X == v {
				return ref.Expr, true
			}
		}
	}
	return nil, false
}
