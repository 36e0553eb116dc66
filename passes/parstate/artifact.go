package parstate

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// A stateMethod is the declaration of an artifact type's State method.
type stateMethod struct {
	decl     *ast.FuncDecl
	cur      inspector.Cursor
	fn       *types.Func
	file     *ast.File
	typeName string     // the receiver's type name, for messages
	recv     *types.Var // the receiver, nil when unnamed or _
	param    *types.Var // the key parameter, nil when unnamed or _
	named    *types.Named
	idOwner  *types.Named // the artifact type whose Id names the image: named, or a type that embeds it
	embedded bool         // the receiver is not an artifact by itself, only embedded in idOwner
}

// embeddingArtifact returns the first artifact type of the package, in
// name order, whose State is fn, promoted from an embedded field, or nil.
func (c *pkgContext) embeddingArtifact(fn *types.Func) *types.Named {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || !c.isArtifact(named) {
			continue
		}
		if obj, index, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, nil, "State"); obj == fn && len(index) > 1 {
			return named
		}
	}
	return nil
}

// findStateMethods returns the State method declarations, outside _test.go
// files, whose receiver type is an artifact.
func findStateMethods(c *pkgContext) []*stateMethod {
	var out []*stateMethod
	for _, file := range c.pass.Files {
		if strings.HasSuffix(c.pass.Fset.File(file.FileStart).Name(), "_test.go") {
			continue
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Name.Name != "State" || fd.Recv == nil || fd.Body == nil {
				continue
			}
			if sm := asStateMethod(c, file, fd); sm != nil {
				out = append(out, sm)
			}
		}
	}
	return out
}

// asStateMethod returns fd as a stateMethod when its receiver is an artifact.
func asStateMethod(c *pkgContext, file *ast.File, fd *ast.FuncDecl) *stateMethod {
	fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || sig.Params().Len() != 1 {
		return nil
	}
	named := receiverNamed(sig.Recv().Type())
	if named == nil {
		return nil
	}
	idOwner := named
	if !c.isArtifact(sig.Recv().Type()) {
		// A State declared on a type that only artifacts embedding it make
		// whole: checked once, here, with the Id of the first of them.
		if idOwner = c.embeddingArtifact(fn); idOwner == nil {
			return nil
		}
	}
	cur, ok := c.funcDecl(fn)
	if !ok {
		return nil
	}
	sm := &stateMethod{decl: fd, cur: cur, fn: fn, file: file, typeName: named.Obj().Name(), named: named,
		idOwner: idOwner, embedded: idOwner != named}
	if v := sig.Recv(); v.Name() != "" && v.Name() != "_" {
		sm.recv = v
	}
	if p := sig.Params().At(0); p.Name() != "" && p.Name() != "_" {
		sm.param = p
	}
	return sm
}

// receiverNamed returns the named type of a receiver type T or *T.
func receiverNamed(t types.Type) *types.Named {
	n, _ := types.Unalias(deref(t)).(*types.Named)
	return n
}

// isArtifact reports whether the method set of *T, for a receiver type T or
// *T, has the six methods of the SDK's packer.Artifact with their exact
// signatures. It is decided structurally, so it needs no import of the SDK's
// packer package and holds for promoted methods too.
func (c *pkgContext) isArtifact(recv types.Type) bool {
	named := receiverNamed(recv)
	memo := named != nil && named.TypeArgs().Len() == 0 // T and *T have one answer
	if is, ok := c.artifacts[named]; ok && memo {
		return is
	}
	t := types.Unalias(recv)
	if _, ok := t.(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	is := hasArtifactMethods(t)
	if memo {
		if c.artifacts == nil {
			c.artifacts = map[*types.Named]bool{}
		}
		c.artifacts[named] = is
	}
	return is
}

// artifactMethods are the methods of packer.Artifact with their parameter
// (nil for none) and result.
var artifactMethods = [...]struct {
	name          string
	param, result types.Type
}{
	{"BuilderId", nil, types.Typ[types.String]},
	{"Files", nil, types.NewSlice(types.Typ[types.String])},
	{"Id", nil, types.Typ[types.String]},
	{"String", nil, types.Typ[types.String]},
	{"State", types.Typ[types.String], types.NewInterfaceType(nil, nil)},
	{"Destroy", nil, errorType},
}

// hasArtifactMethods reports whether the method set of t has the six
// methods of packer.Artifact with their exact signatures. It looks each up
// rather than compute the whole method set, which costs more.
func hasArtifactMethods(t types.Type) bool {
	for _, w := range artifactMethods {
		fn, ok := lookupMethod(t, w.name)
		if !ok {
			return false
		}
		sig := fn.Signature()
		if sig.Variadic() || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), w.result) {
			return false
		}
		if w.param == nil && sig.Params().Len() != 0 ||
			w.param != nil && (sig.Params().Len() != 1 || !types.Identical(sig.Params().At(0).Type(), w.param)) {
			return false
		}
	}
	return true
}

// lookupMethod returns the method named name in the method set of t.
func lookupMethod(t types.Type, name string) (*types.Func, bool) {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
	fn, ok := obj.(*types.Func)
	return fn, ok
}

// isFieldSelection reports whether e selects a field: what it holds is not
// known.
func isFieldSelection(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.FieldVal
}
