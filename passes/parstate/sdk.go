package parstate

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// The SDK symbols parstate knows, matched by package path and name through
// type information, never by import name.
const (
	sdkModule    = "github.com/hashicorp/packer-plugin-sdk"
	imagePath    = sdkModule + "/packer/registry/image"
	imageDefault = "registryimage" // the name the SDK's docs import the package as

	uriName          = "ArtifactStateURI"
	uriValue         = "par.artifact.metadata"
	imageName        = "Image"
	fromArtifactName = "FromArtifact"
	fromMappedName   = "FromMappedData"
	withSourceIDName = "WithSourceID"
	sourceIDField    = "SourceImageID"
	imageIDField     = "ImageID"
	providerField    = "ProviderName"
	withRegionName   = "WithRegion"
	regionField      = "ProviderRegion"
	withProviderName = "WithProvider"
)

// pkgPath returns the import path of pkg with any vendor/ prefix removed.
func pkgPath(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	return stripVendor(pkg.Path())
}

// stripVendor returns an import path without any vendor/ prefix.
func stripVendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(path, "vendor/")
}

// isSDKPath reports whether path belongs to the SDK module.
func isSDKPath(path string) bool {
	return path == sdkModule || strings.HasPrefix(path, sdkModule+"/")
}

// deref returns the element type of a pointer type, or t itself.
func deref(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// errorType is the predeclared error type.
var errorType = types.Universe.Lookup("error").Type()

// isErrorType reports whether t is the predeclared error type.
func isErrorType(t types.Type) bool { return types.Identical(t, errorType) }

// isImageObj reports whether obj is the registry image package's member name.
func isImageObj(obj types.Object, name string) bool {
	return obj != nil && obj.Name() == name && pkgPath(obj.Pkg()) == imagePath
}

// imageFunc returns the name of the registry image package's function that
// call calls, or "".
func imageFunc(info *types.Info, call *ast.CallExpr) string {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || pkgPath(fn.Pkg()) != imagePath {
		return ""
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return ""
	}
	return fn.Name()
}

// isURIValue reports whether e is a constant expression whose value is the URI.
func isURIValue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == uriValue
}

// isImageStruct reports whether t is the SDK's Image type.
func isImageStruct(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && isImageObj(n.Obj(), imageName)
}

// isImageType reports whether a value of type t is something Packer can decode
// as registry images: an Image, a pointer to one, or a slice of either. A
// struct of the plugin's own with string fields ImageID and ProviderName
// decodes as well and counts too.
func isImageType(t types.Type) bool {
	if s, ok := types.Unalias(t).Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	t = deref(t)
	if isImageStruct(t) {
		return true
	}
	st, ok := t.Underlying().(*types.Struct)
	return ok && hasStringField(st, imageIDField) && hasStringField(st, providerField)
}

func hasStringField(st *types.Struct, name string) bool {
	for f := range st.Fields() {
		if f.Name() == name {
			return isString(f.Type())
		}
	}
	return false
}

// imageFieldWritten returns the name of the SDK Image field that the selector
// sel denotes, or "".
func imageField(info *types.Info, sel *ast.SelectorExpr) string {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return ""
	}
	if !isImageStruct(deref(s.Recv())) {
		return ""
	}
	return sel.Sel.Name
}

// importName returns the name under which file imports path: "" for a dot
// import, and def when the file does not import it.
func importName(file *ast.File, path, def string) (name string, imported bool) {
	for _, imp := range file.Imports {
		if stripVendor(strings.Trim(imp.Path.Value, "`\"")) != path {
			continue
		}
		if imp.Name == nil {
			return path[strings.LastIndex(path, "/")+1:], true
		}
		switch imp.Name.Name {
		case ".":
			return "", true
		case "_":
			continue
		}
		return imp.Name.Name, true
	}
	return def, false
}

// qualify returns name qualified by the import name pkg ("" for a dot import).
func qualify(pkg, name string) string {
	if pkg == "" {
		return name
	}
	return pkg + "." + name
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// literalFields returns the fields an Image literal sets.
func literalFields(lit *ast.CompositeLit) map[string]bool {
	set := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			// An unkeyed literal lists every field.
			return map[string]bool{imageIDField: true, providerField: true, regionField: true, sourceIDField: true}
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			set[id.Name] = true
		}
	}
	return set
}
