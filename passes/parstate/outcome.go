package parstate

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// An outcome is what Packer core does with a value State answers, as
// ../shared/SDK.md measured it through the SDK's real RPC: the order is
// from harmless to harmful.
type outcome int8

const (
	outcomeUnknown   outcome = iota // an interface value parstate cannot see into
	outcomePublished                // an image, a slice of images, a map with ImageID and ProviderName
	outcomeSkipped                  // nil or a typed nil: RPC sends nil, Packer skips the artifact
	outcomeSilent                   // an error value: RPC sends an empty map, zero images, no word
	outcomeDropped                  // a scalar: a decode error, a warning, nothing published
	outcomeFails                    // a struct or a map without ImageID: the build's HCP Packer step fails
)

// consequence says what Packer does, in a few words.
func (o outcome) consequence() string {
	switch o {
	case outcomeSilent:
		return "RPC sends an error value as an empty map, so Packer publishes no image and says nothing"
	case outcomeDropped:
		return "Packer cannot decode it as registry images, logs a warning and publishes nothing"
	case outcomeFails:
		return "Packer decodes it into an image with no ImageID and fails the build's HCP Packer step"
	case outcomeSkipped:
		return "Packer skips the artifact"
	}
	return ""
}

// classify returns what Packer does with the value of the answer a.
func (c *pkgContext) classify(a answer) outcome {
	info := c.pass.TypesInfo
	e := a.leaf
	if isNilLeaf(info, e) {
		return outcomeSkipped
	}
	t := info.TypeOf(e)
	if t == nil || t == types.Typ[types.Invalid] {
		return outcomeUnknown
	}
	if types.IsInterface(t) {
		if isErrorType(t) && isErrorConstructor(info, e) {
			return outcomeSilent
		}
		return outcomeUnknown
	}
	if isImageType(t) {
		return outcomePublished
	}
	switch u := deref(t).Underlying().(type) {
	case *types.Basic:
		if _, ptr := t.Underlying().(*types.Pointer); ptr {
			return outcomeUnknown // a nil pointer is a typed nil
		}
		return outcomeDropped
	case *types.Struct:
		return outcomeFails
	case *types.Map:
		return mapOutcome(info, e)
	case *types.Slice:
		if types.IsInterface(u.Elem()) {
			return outcomeUnknown // a []interface{} of images decodes fine
		}
		if isString(u.Elem()) {
			return outcomeDropped
		}
	}
	return outcomeUnknown
}

// mapOutcome classifies a map: a composite literal with the keys ImageID and
// ProviderName decodes like an Image; another literal decodes into an empty
// image; a map parstate cannot see into may hold the keys.
func mapOutcome(info *types.Info, e ast.Expr) outcome {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return outcomeUnknown
	}
	keys := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if tv, ok := info.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			keys[constant.StringVal(tv.Value)] = true
		} else {
			return outcomeUnknown
		}
	}
	if keys[imageIDField] && keys[providerField] {
		return outcomePublished
	}
	return outcomeFails
}

// isNilLeaf reports whether e is the predeclared nil, or the zero value of
// a nilable variable declared without a value.
func isNilLeaf(info *types.Info, e ast.Expr) bool {
	if isNil(info, e) {
		return true
	}
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "nil" && !id.Pos().IsValid()
}

// isErrorConstructor reports whether e is a call of errors.New or
// fmt.Errorf, whose values have unexported fields only.
func isErrorConstructor(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	return name == "errors.New" || name == "fmt.Errorf"
}

// describe says in words what a value of type t is, for messages.
func (s *stateReporter) describe(t types.Type) string {
	if t == nil {
		return "a value"
	}
	return "a non-nil " + s.typeString(t)
}
