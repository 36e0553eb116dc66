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
	errType := types.Universe.Lookup("error").Type()
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

// sourceFieldCandidate returns the one field of the artifact type, direct or
// promoted from an embedded struct, that plausibly holds the source image ID:
// a string whose name has a word source, src, base or parent. It returns ""
// when there is none or more than one.
func sourceFieldCandidate(named *types.Named) string {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	var found []string
	collectSourceFields(named.Obj().Pkg(), st, 0, &found)
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

func collectSourceFields(pkg *types.Package, st *types.Struct, depth int, found *[]string) {
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
		*found = append(*found, f.Name())
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
	for _, w := range splitWords(name) {
		switch strings.ToLower(w) {
		case "source", "src", "base", "parent":
			return true
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
