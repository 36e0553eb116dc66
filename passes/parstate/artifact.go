package parstate

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"

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
}

// findStateMethods returns the State method declarations, outside _test.go
// files, whose receiver type is an artifact.
func findStateMethods(c *pkgContext) []*stateMethod {
	var out []*stateMethod
	for _, file := range c.pass.Files {
		if strings.HasSuffix(c.pass.Fset.File(file.Pos()).Name(), "_test.go") {
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
	if sig.Recv() == nil || !isArtifact(sig.Recv().Type()) {
		return nil
	}
	named := receiverNamed(sig.Recv().Type())
	if named == nil {
		return nil
	}
	cur, ok := c.funcDecl(fn)
	if !ok {
		return nil
	}
	sm := &stateMethod{decl: fd, cur: cur, fn: fn, file: file, typeName: named.Obj().Name(), named: named}
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
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// isArtifact reports whether the method set of *T, for a receiver type T or
// *T, has the six methods of the SDK's packer.Artifact with their exact
// signatures. It is decided structurally, so it needs no import of the SDK's
// packer package and holds for promoted methods too.
func isArtifact(recv types.Type) bool {
	t := types.Unalias(recv)
	if _, ok := t.(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	return hasArtifactMethods(types.NewMethodSet(t))
}

// hasArtifactMethods reports whether ms has the six methods of packer.Artifact
// with their exact signatures.
func hasArtifactMethods(ms *types.MethodSet) bool {
	str := types.Typ[types.String]
	errType := errorType
	want := []struct {
		name   string
		param  types.Type
		result types.Type
	}{
		{"BuilderId", nil, str},
		{"Files", nil, types.NewSlice(str)},
		{"Id", nil, str},
		{"String", nil, str},
		{"State", str, types.NewInterfaceType(nil, nil)},
		{"Destroy", nil, errType},
	}
	for _, w := range want {
		sel := ms.Lookup(nil, w.name)
		if sel == nil {
			return false
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok || sig.Variadic() || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), w.result) {
			return false
		}
		if w.param == nil && sig.Params().Len() != 0 ||
			w.param != nil && (sig.Params().Len() != 1 || !types.Identical(sig.Params().At(0).Type(), w.param)) {
			return false
		}
	}
	return true
}

// hasConstantID reports whether the artifact's Id method, declared in this
// package, returns a constant on every path ("", "File"): such an artifact
// has no image of its own, and FromArtifact would publish an empty or fixed
// ImageID, which fails the build's registry step. An Id method parstate
// cannot see is taken to name an image.
func (c *pkgContext) hasConstantID(named *types.Named) bool {
	sel := types.NewMethodSet(types.NewPointer(named)).Lookup(nil, "Id")
	if sel == nil {
		return false
	}
	fn, ok := sel.Obj().(*types.Func)
	if !ok {
		return false
	}
	decl, ok := c.funcDecl(fn)
	if !ok {
		return false
	}
	info := c.pass.TypesInfo
	returns, constant := 0, true
	decl.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok {
			return false // a closure's returns are not Id's
		}
		returns++
		constant = constant && len(ret.Results) == 1 && info.Types[ret.Results[0]].Value != nil
		return false
	})
	return returns > 0 && constant
}

// sourceFields returns the string fields of the artifact type, direct or
// promoted from an embedded struct, that may hold the source image ID: their
// name has a word source, src, base or parent, and a selector of that name
// on the artifact reaches the field (no method or other field hides it).
// clear is the one among them whose name also names an image ID
// (SourceImage, SourceAMI, BaseImageID, ParentImageName) and nothing else
// (SourcePath, BaseDir, SourceImageFamily), or "" when there is not exactly
// one: only that field is written by a fix.
func sourceFields(named *types.Named) (clear *types.Var, candidates []string) {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	var fields []*types.Var
	collectSourceFields(named.Obj().Pkg(), st, 0, &fields)
	var clearOnes []*types.Var
	for _, f := range fields {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), f.Name())
		if obj != f {
			continue // hidden by a method or a shallower field, or ambiguous
		}
		candidates = append(candidates, f.Name())
		if namesImage(f.Name()) {
			clearOnes = append(clearOnes, f)
		}
	}
	if len(clearOnes) == 1 {
		clear = clearOnes[0]
	}
	return clear, candidates
}

func collectSourceFields(pkg *types.Package, st *types.Struct, depth int, found *[]*types.Var) {
	for f := range st.Fields() {
		if !f.Exported() && f.Pkg() != pkg {
			continue // not selectable from the artifact's package
		}
		if f.Embedded() && depth < 2 {
			if inner, ok := derefStruct(f.Type()); ok {
				collectSourceFields(pkg, inner, depth+1, found)
			}
			continue
		}
		b, ok := f.Type().Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsString == 0 || !mentionsSource(f.Name()) {
			continue
		}
		*found = append(*found, f)
	}
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// mentionsSource reports whether a camel-case or snake-case identifier has a
// word source, src, base or parent (so "Database" does not count).
func mentionsSource(name string) bool {
	return hasWord(name, "source", "src", "base", "parent")
}

// namesImage reports whether a field name that mentions the source also names
// an image, and neither a file system or network location nor another
// property of the image: SourceImage, SourceAMI, BaseImageID,
// ParentImageName, SourceID, but not SourcePath, BaseDir, SourceImageURL,
// SourceImageFamily, SourceImageProjectID.
func namesImage(name string) bool {
	return hasWord(name, "image", "img", "ami", "id", "snapshot") &&
		!hasWord(name, "path", "dir", "directory", "file", "folder", "url", "uri", "checksum",
			"family", "project", "region", "zone", "type", "version", "format", "size", "owner", "filter")
}

// hasWord reports whether a camel-case or snake-case identifier has one of
// words, compared without case.
func hasWord(name string, words ...string) bool {
	for _, w := range splitWords(name) {
		for _, want := range words {
			if strings.EqualFold(w, want) {
				return true
			}
		}
	}
	return false
}

func splitWords(name string) []string {
	var words []string
	start := 0
	rs := []rune(name)
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '_' ||
			unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			if w := strings.Trim(string(rs[start:i]), "_"); w != "" {
				words = append(words, w)
			}
			start = i
		}
	}
	return words
}
