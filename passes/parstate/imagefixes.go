package parstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/parlint/parlint/internal/edit"
)

// The artifact variable an image is built from, whose fields the fixes
// write, and the fixes that set one more field of an image: an option
// appended to a FromArtifact call, a field added to an Image literal.
// sourceid-missing, region-missing and provider-name write theirs with them.

// optionFix appends the SDK's option(value) to a FromArtifact call. It
// deletes nothing.
func optionFix(c *pkgContext, option, value string, call *ast.CallExpr) proposedFix {
	if value == "" || call.Ellipsis.IsValid() {
		return proposedFix{}
	}
	f, ok := c.editFile(call.Pos()) // a helper's call may be in another file than State
	if !ok {
		return proposedFix{}
	}
	img, imports, ok := c.importFor(f, call.Pos(), imagePath, imageDefault)
	if !ok {
		return proposedFix{}
	}
	opt := fmt.Sprintf("%s(%s)", qualify(img, option), value)
	last := call.Args[len(call.Args)-1]
	text := ", " + opt
	at := last.End()
	if comma, ok := f.TrailingComma(last); ok {
		indent, ok := f.Indent(last.Pos())
		if !ok {
			return proposedFix{}
		}
		at, text = comma+1, "\n"+indent+opt+","
	}
	return fix(f, "Add "+opt, imports, nil, edit.Insert(at, text))
}

// literalFieldFix adds field: value to an Image literal. It deletes
// nothing: the literal it rewrites keeps its text.
func literalFieldFix(c *pkgContext, field, value string, lit *ast.CompositeLit) proposedFix {
	if value == "" || len(lit.Elts) == 0 {
		return proposedFix{}
	}
	f, ok := c.editFile(lit.Pos())
	if !ok {
		return proposedFix{}
	}
	src, ok := f.Text(lit)
	if !ok {
		return proposedFix{}
	}
	last := lit.Elts[len(lit.Elts)-1]
	cut := int(last.End() - lit.Pos())
	elt := ", " + field + ": " + value
	if comma, ok := f.TrailingComma(last); ok {
		cut = int(comma - lit.Pos() + 1)
		elt = "\n" + field + ": " + value + ","
	}
	// The literal's lines after its first are indented by its line's
	// indent, wherever on that line it starts (return &Image{...). One
	// whose type is elided ([]Image{{...}}) is formatted behind a type.
	prefix := "var _ = "
	if lit.Type == nil {
		prefix += "T"
	}
	formatted, ok := edit.FormatSnippet(prefix, src[:cut]+elt+src[cut:], f.LineIndent(lit.Pos()))
	if !ok {
		return proposedFix{}
	}
	return fix(f, "Set "+field+": "+value, nil, nil, edit.Replace(lit, formatted))
}

// sourceRecv returns the name of the artifact that the FromArtifact call
// builds from, when it is a variable of the State's artifact type (its
// fields can then be selected), or "".
func sourceRecv(c *pkgContext, sm *stateMethod, call *ast.CallExpr) string {
	if len(call.Args) == 0 {
		return ""
	}
	arg := ast.Unparen(call.Args[0])
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	if n := receiverNamed(c.pass.TypesInfo.TypeOf(arg)); n == nil || n.Origin() != sm.named.Origin() {
		return ""
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return ""
	}
	return id.Name
}

// literalSourceRecv returns the receiver's name for an Image literal inside
// a method of the artifact type, or "".
func literalSourceRecv(c *pkgContext, sm *stateMethod, cur inspector.Cursor) string {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		obj, ok := c.pass.TypesInfo.Defs[fn.Node().(*ast.FuncDecl).Name].(*types.Func)
		if !ok {
			return ""
		}
		recv := obj.Type().(*types.Signature).Recv()
		if recv == nil || recv.Name() == "" || recv.Name() == "_" || receiverNamed(recv.Type()) == nil ||
			receiverNamed(recv.Type()).Origin() != sm.named.Origin() {
			return ""
		}
		if scope := c.scopeAt(cur.Node().Pos()); scope == nil || lookup(scope, recv.Name(), cur.Node().Pos()) != recv {
			return "" // shadowed
		}
		return recv.Name()
	}
	return ""
}
