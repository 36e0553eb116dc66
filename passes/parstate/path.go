package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A registryPath is the code that runs when State is asked for the URI
// (findKeyUse's functions) and the facts the checks share, computed once,
// up front: no check depends on another having run.
type registryPath struct {
	funcs   []*pathFunc     // State first
	written map[string]bool // the Image fields assigned anywhere on the path
	// sourceBy holds the variables whose image gets SourceImageID by an
	// assignment (img.SourceImageID = x); sourceAny is true when one
	// through another expression (images[i].SourceImageID = x) may set it
	// on any image.
	sourceBy  map[*types.Var]bool
	sourceAny bool

	calls         []*imageCall       // calls that build images and return an error
	fromArtifacts []inspector.Cursor // calls of FromArtifact
	literals      []inspector.Cursor // Image composite literals
	asserts       []inspector.Cursor // single-value type assertions
	answers       []answer           // what goes to Packer for the URI, outside error paths
}

// newRegistryPath collects the facts of the functions k reaches.
func newRegistryPath(c *pkgContext, k *keyUse) *registryPath {
	p := &registryPath{funcs: k.funcs, written: map[string]bool{}, sourceBy: map[*types.Var]bool{}}
	for _, pf := range k.funcs {
		p.scan(c, pf)
	}
	for _, pf := range k.funcs {
		c.recordErrorOnly(pf, p.calls)
	}
	errorReturns := map[*ast.ReturnStmt]bool{}
	for _, ic := range p.calls {
		for ret := range ic.onlyOnError {
			errorReturns[ret] = true
		}
	}
	p.answers = c.answersOf(k.funcs[0], errorReturns)
	return p
}

// scan records what runs of pf for the URI.
func (p *registryPath) scan(c *pkgContext, pf *pathFunc) {
	info := c.pass.TypesInfo
	pf.inspect(c, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if c.isImageCall(n) {
				p.calls = append(p.calls, newImageCall(c, pf, cur))
			}
			if imageFunc(info, n) == fromArtifactName {
				p.fromArtifacts = append(p.fromArtifacts, cur)
			}
		case *ast.CompositeLit:
			if isImageStruct(deref(info.TypeOf(n))) {
				p.literals = append(p.literals, cur)
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && !isCommaOK(cur) && !c.assertSafe(pf, n) {
				p.asserts = append(p.asserts, cur)
			}
		case *ast.SelectorExpr:
			if f := imageField(info, n); f != "" && isAssigned(cur) {
				p.written[f] = true
				if f == sourceIDField {
					if v, ok := info.Uses[identOf(n.X)].(*types.Var); ok {
						p.sourceBy[v] = true
					} else {
						p.sourceAny = true
					}
				}
			}
		}
		return true
	})
}

// completeLiteral reports whether an Image literal that sets the fields set
// gets an ImageID and a ProviderName, by itself or by a write on the path.
func (p *registryPath) completeLiteral(set map[string]bool) bool {
	return (set[imageIDField] || p.written[imageIDField]) && (set[providerField] || p.written[providerField])
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
			return cur.ParentEdgeKind() == edge.AssignStmt_Lhs
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

// identOf returns e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// sourceWritten reports whether an assignment on the path sets the
// SourceImageID of the image that the FromArtifact call at cur builds: one
// to the field of the variable the call's image goes to, or one that may
// reach any image.
func (p *registryPath) sourceWritten(c *pkgContext, cur inspector.Cursor) bool {
	if p.sourceAny {
		return true
	}
	_, _, img, _ := errorResult(c, cur)
	if img == nil {
		if a, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(a.Lhs) == 1 && len(a.Rhs) == 1 && identOf(a.Lhs[0]) != nil {
			img, _ = c.pass.TypesInfo.ObjectOf(identOf(a.Lhs[0])).(*types.Var)
		}
	}
	return img != nil && p.sourceBy[img]
}

// assertSafe reports whether the single-value assertion ta of pf cannot
// panic the plugin: a successful test of the same value against the same
// type dominates it, or a deferred recover catches its panic in every
// context the URI runs pf in.
func (c *pkgContext) assertSafe(pf *pathFunc, ta *ast.TypeAssertExpr) bool {
	m := c.modelOf()
	if m == nil {
		return false
	}
	if m.AssertGuarded(pf.cur.Node(), ta.Lparen) {
		return true
	}
	return len(pf.v.ctxs) > 0 && pf.recovered
}
