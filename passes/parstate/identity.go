package parstate

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Whether an artifact's Id names its image: an Id that returns a constant,
// a path or a URL, one of the files Files lists, the provider's name or a
// job's ID on every path does not, and FromArtifact would publish that as
// the image's ID.

// idNotIdentity says what the artifact's Id returns, when on every path it
// returns something that is not an image's identity ("a constant"), or
// returns "" when it may name the image. files are the fields its Files
// reads. An Id that parstate cannot see names the image.
func (c *pkgContext) idNotIdentity(named *types.Named, files map[*types.Var]bool) string {
	decl, ok := c.methodDecl(named, "Id")
	if !ok {
		return ""
	}
	var v *view // the model's view of Id, built on first need
	why := ""
	for _, ret := range c.flowOf(decl.Node()).reachedReturns(view{}) {
		if len(ret.Results) != 1 {
			return ""
		}
		w := c.idResult(ret.Results[0], files)
		if w == "" && !isFieldSelection(c.pass.TypesInfo, ret.Results[0]) {
			// a helper's result, a package variable, Sprintf of
			// constants: the model of Id knows when it is constant
			if v == nil {
				idv := c.idView(decl)
				v = &idv
			}
			if _, ok := v.str(ret.Results[0]); ok {
				w = "a constant"
			}
		}
		if w == "" {
			return ""
		}
		if why == "" {
			why = w
		}
	}
	return why
}

// idResult says what e, a result of Id, is when its spelling shows that it
// is no image's identity, or returns "".
func (c *pkgContext) idResult(e ast.Expr, files map[*types.Var]bool) string {
	info := c.pass.TypesInfo
	if _, ok := constString(info, e); ok {
		return "a constant"
	}
	if isLocationCall(info, e) {
		return "a path or a URL"
	}
	f := fieldOf(info, e)
	switch {
	case f == nil:
		return ""
	case hasWord(f.Name(), "provider"):
		return "the provider's name"
	case files[f]:
		return "one of the files Files lists"
	case hasWord(f.Name(), "path", "paths", "dir", "directory", "file", "files", "filename", "url", "urls", "uri", "location"):
		return "a path or a URL"
	case hasWord(f.Name(), "job", "task", "operation"):
		return "a job's ID"
	}
	return ""
}

// filesFields returns the fields that the artifact's Files method reads.
func (c *pkgContext) filesFields(named *types.Named) map[*types.Var]bool {
	decl, ok := c.methodDecl(named, "Files")
	if !ok {
		return nil
	}
	out := map[*types.Var]bool{}
	for cur := range decl.Preorder((*ast.SelectorExpr)(nil)) {
		if f := fieldOf(c.pass.TypesInfo, cur.Node().(ast.Expr)); f != nil {
			out[f] = true
		}
	}
	return out
}

// identityField returns the name of the one string field of the artifact
// that could hold its image's identity (snapshotData, ImageID), or "": a
// field named for an image or for an ID that names no source, file,
// provider, job or place. Of several, the one named for an ID (imageId
// beside imageName) is the identity; of several of those, none is. A
// field that Files reads (files) names a file, not the image.
func identityField(named *types.Named, files map[*types.Var]bool) string {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	var all, ids []string
	for f := range st.Fields() {
		if !isString(f.Type()) || files[f] || f.Embedded() {
			continue
		}
		if !hasWord(f.Name(), "id", "snapshot", "image", "ami", "template", "disk", "volume") ||
			hasWord(f.Name(), "source", "src", "base", "parent", "provider", "path", "dir", "file", "url", "job", "task",
				"operation", "region", "zone", "location", "project", "account", "user", "tenant", "subscription") {
			continue
		}
		all = append(all, f.Name())
		if hasWord(f.Name(), "id") {
			ids = append(ids, f.Name())
		}
	}
	switch {
	case len(all) == 1:
		return all[0]
	case len(ids) == 1:
		return ids[0]
	}
	return ""
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// qualifiedCallee returns "path.Name" of the package-level function call
// calls, or "".
func qualifiedCallee(info *types.Info, call *ast.CallExpr) string {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return ""
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// idJoins reports whether the artifact's Id, declared in the package,
// calls strings.Join: it joins several images' IDs (region:ami,region:ami)
// into one string.
func (c *pkgContext) idJoins(named *types.Named) bool {
	decl, ok := c.methodDecl(named, "Id")
	if !ok {
		return false
	}
	for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
		if qualifiedCallee(c.pass.TypesInfo, cur.Node().(*ast.CallExpr)) == "strings.Join" {
			return true
		}
	}
	return false
}
