package model

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

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
	orders  map[*ssa.Function][]*ssa.BasicBlock
	nvalues map[*ssa.Function]int
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
	// Only the packages the built code refers to are created, each making
	// a member of each of its objects (an AWS SDK package has thousands);
	// BareInits keeps the package initializer from calling the others'.
	prog := ssa.NewProgram(fset, ssa.GlobalDebug|ssa.BareInits)
	built, binfo, imports := prune(pkg, files, info, cfg.Inspector, cfg.Roots, cfg.Broken)
	for _, imp := range imports {
		prog.CreatePackage(imp, nil, nil, true)
	}
	sp := prog.CreatePackage(pkg, built, binfo, false)
	sp.Build()
	p = &Package{cfg: cfg, fset: fset, info: info, files: files, pkg: pkg, ssa: sp, funcs: map[ast.Node]*ssa.Function{},
		refs: map[*ssa.Function]*debugRefs{}, orders: map[*ssa.Function][]*ssa.BasicBlock{}, nvalues: map[*ssa.Function]int{}, ctxs: map[string]*Context{},
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
	values map[ast.Expr]ssa.Value
	calls  map[token.Pos][]ssa.CallInstruction // by the position of the call's left parenthesis
	fn     *ssa.Function
	exprs  map[ssa.Value]ast.Expr // the first expression of each value, on first use
}

// refsOf returns the debug references of fn, indexed on first use.
func (p *Package) refsOf(fn *ssa.Function) *debugRefs {
	if r, ok := p.refs[fn]; ok {
		return r
	}
	r := &debugRefs{fn: fn, values: map[ast.Expr]ssa.Value{}, calls: map[token.Pos][]ssa.CallInstruction{}}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef:
				if !instr.IsAddr {
					r.values[instr.Expr] = instr.X
				}
			case ssa.CallInstruction:
				if pos := instr.Common().Pos(); pos.IsValid() {
					r.calls[pos] = append(r.calls[pos], instr)
				}
			}
		}
	}
	p.refs[fn] = r
	return r
}

// exprOf returns the first expression, in the function's order, whose
// value is v.
func (r *debugRefs) exprOf(v ssa.Value) (ast.Expr, bool) {
	if r.exprs == nil {
		r.exprs = map[ssa.Value]ast.Expr{}
		for _, b := range r.fn.Blocks {
			for _, instr := range b.Instrs {
				if ref, ok := instr.(*ssa.DebugRef); ok && !ref.IsAddr {
					if _, ok := r.exprs[ref.X]; !ok {
						r.exprs[ref.X] = ref.Expr
					}
				}
			}
		}
	}
	e, ok := r.exprs[v]
	return e, ok
}
