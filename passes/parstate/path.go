package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A registryPath is the code that runs when State is asked for the URI: the
// branches of the dispatch and the same-package functions, methods and
// closures they reach, transitively. It holds the facts the checks share,
// computed once, up front: no check depends on another having run.
type registryPath struct {
	nodes   []inspector.Cursor // roots first, then reached declarations
	written map[string]bool    // the Image fields assigned anywhere on the path

	calls         []*imageCall       // calls that build images and return an error
	fromArtifacts []inspector.Cursor // calls of FromArtifact
	literals      []inspector.Cursor // Image composite literals
	asserts       []inspector.Cursor // single-value type assertions
	answers       []answer           // what goes to Packer for the URI, outside error paths
}

// An answer is a return statement whose value goes to Packer as it is: a
// return of State for the URI, or of a helper of interface type whose call
// State returns.
type answer struct {
	ret *ast.ReturnStmt
	fn  string // the function that returns it, for messages
}

// newRegistryPath collects the path that starts at roots.
func newRegistryPath(c *pkgContext, state *types.Func, roots []inspector.Cursor) *registryPath {
	p := &registryPath{written: map[string]bool{}}
	seen := map[*types.Func]bool{state: true} // State's other branches are not on the path
	queue := append([]inspector.Cursor(nil), roots...)
	var calls []inspector.Cursor
	for len(queue) > 0 {
		node := queue[0]
		queue = queue[1:]
		p.nodes = append(p.nodes, node)
		for _, fn := range p.scan(c, node, &calls) {
			if seen[fn] {
				continue
			}
			seen[fn] = true
			if decl, ok := c.funcDecl(fn); ok {
				queue = append(queue, decl)
			}
		}
	}
	errorReturns := map[*ast.ReturnStmt]bool{}
	for _, cur := range calls {
		ic := newImageCall(c, cur)
		for _, ret := range ic.errorPath {
			errorReturns[ret] = true
		}
		p.calls = append(p.calls, ic)
	}
	seenFuncs := map[*types.Func]bool{}
	for _, root := range roots {
		p.collectAnswers(c, root, errorReturns, seenFuncs)
	}
	return p
}

// scan records what node holds, adds its image calls to calls, and returns
// the same-package functions it refers to.
func (p *registryPath) scan(c *pkgContext, node inspector.Cursor, calls *[]inspector.Cursor) []*types.Func {
	info := c.pass.TypesInfo
	var refs []*types.Func
	kinds := []ast.Node{(*ast.Ident)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.TypeAssertExpr)(nil), (*ast.SelectorExpr)(nil)}
	for cur := range node.Preorder(kinds...) {
		switch n := cur.Node().(type) {
		case *ast.Ident:
			if fn, ok := info.Uses[n].(*types.Func); ok && fn.Pkg() == c.pass.Pkg {
				refs = append(refs, fn.Origin())
			}
		case *ast.CallExpr:
			switch imageFunc(info, n) {
			case fromArtifactName:
				p.fromArtifacts = append(p.fromArtifacts, cur)
				*calls = append(*calls, cur)
			case fromMappedName:
				*calls = append(*calls, cur)
			case "":
				if c.isImageHelperCall(n) {
					*calls = append(*calls, cur)
				}
			}
		case *ast.CompositeLit:
			if isImageStruct(deref(info.TypeOf(n))) {
				p.literals = append(p.literals, cur)
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && !isCommaOK(cur) {
				p.asserts = append(p.asserts, cur)
			}
		case *ast.SelectorExpr:
			if f := imageField(info, n); f != "" && isAssigned(cur) {
				p.written[f] = true
			}
		}
	}
	return refs
}

// collectAnswers records the returns under node, of a function whose result
// goes to Packer as it is, that are not on an error path. It follows a
// returned call of a same-package function of interface result into that
// function's own returns.
func (p *registryPath) collectAnswers(c *pkgContext, node inspector.Cursor, errorReturns map[*ast.ReturnStmt]bool, seen map[*types.Func]bool) {
	fnCur, sig, ok := c.enclosingFunc(node)
	if !ok || !singleInterfaceResult(sig) {
		return
	}
	name := funcName(fnCur.Node())
	info := c.pass.TypesInfo
	node.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 || errorReturns[ret] {
			return false // a closure's returns are its own
		}
		p.answers = append(p.answers, answer{ret, name})
		e := ast.Unparen(ret.Results[0])
		call, ok := e.(*ast.CallExpr)
		if t := info.TypeOf(e); !ok || t == nil || !types.IsInterface(t) {
			return false
		}
		if fn := typeutil.StaticCallee(info, call); fn != nil && !seen[fn] {
			seen[fn] = true
			if decl, ok := c.funcDecl(fn); ok {
				p.collectAnswers(c, decl.ChildAt(edge.FuncDecl_Body, -1), errorReturns, seen)
			}
		}
		return false
	})
}

// singleInterfaceResult reports whether sig returns one value of interface
// type, as State does: the value then goes to Packer as it is.
func singleInterfaceResult(sig *types.Signature) bool {
	return sig.Results().Len() == 1 && types.IsInterface(sig.Results().At(0).Type())
}

// funcName names a function declaration or literal for messages.
func funcName(n ast.Node) string {
	if fd, ok := n.(*ast.FuncDecl); ok {
		return fd.Name.Name
	}
	return "the function literal"
}

// isImageHelperCall reports whether call calls a same-package function that
// returns an image and, last, an error.
func (c *pkgContext) isImageHelperCall(call *ast.CallExpr) bool {
	sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return false
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != c.pass.Pkg || !returnsError(sig) {
		return false
	}
	for i := 0; i < sig.Results().Len()-1; i++ {
		if isImageType(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// returnsError reports whether sig has two or more results, the last an error.
func returnsError(sig *types.Signature) bool {
	n := sig.Results().Len()
	return n >= 2 && isErrorType(sig.Results().At(n-1).Type())
}

// isCommaOK reports whether the type assertion at cur is in a comma-ok form.
func isCommaOK(cur inspector.Cursor) bool {
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		return len(p.Lhs) == 2 && len(p.Rhs) == 1
	case *ast.ValueSpec:
		return len(p.Names) == 2 && len(p.Values) == 1
	}
	return false
}

// isAssigned reports whether the expression at cur is written: the target of
// an assignment, or indexed by one (img.Labels[k] = v writes Labels).
func isAssigned(cur inspector.Cursor) bool {
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == cur.Node() {
					return true
				}
			}
			return false
		case *ast.IndexExpr:
			if p.X != cur.Node() {
				return false
			}
			cur = parent
		case *ast.ParenExpr:
			cur = parent
		default:
			return false
		}
	}
}
