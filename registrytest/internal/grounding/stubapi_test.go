package grounding

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const sdkPath = "github.com/hashicorp/packer-plugin-sdk"

// stubAPI lists, by package, the stub's files whose declarations must be the
// real SDK's, relative to the package directory. The stub has the whole
// registry image package and only part of the packer package; its rpc
// package stands in for unexported code and is not compared.
var stubAPI = []struct {
	pkg   string
	files []string
	whole bool // the stub declares every exported name of the package
}{
	{"packer", []string{"artifact.go", "artifact_mock.go"}, false},
	{"packer/registry/image", []string{"image.go"}, true},
}

// TestStubMatchesSDK checks that the analyzer's SDK stub declares what the
// SDK this module requires declares: the same exported names with the same
// kinds, types, constant values and methods. The stub's bodies are its own.
func TestStubMatchesSDK(t *testing.T) {
	dirs := strings.Fields(goList(t, sdkPath+"/packer", sdkPath+"/packer/registry/image"))
	if len(dirs) != len(stubAPI) {
		t.Fatalf("go list found %d SDK packages, want %d", len(dirs), len(stubAPI))
	}
	stubRoot := filepath.Join(analyzerTestdata, sdkPath)
	sdk, stub := map[string]*types.Package{}, map[string]*types.Package{}
	for i, p := range stubAPI {
		sdk[p.pkg] = checkFiles(t, sdk, p.pkg, dirs[i], p.files)
		stub[p.pkg] = checkFiles(t, stub, p.pkg, filepath.Join(stubRoot, p.pkg), p.files)
	}
	for _, p := range stubAPI {
		want, got := exported(sdk[p.pkg]), exported(stub[p.pkg])
		for name, decl := range got {
			switch w, ok := want[name]; {
			case !ok:
				t.Errorf("%s: the stub declares %s, which the SDK does not have", p.pkg, decl)
			case w != decl:
				t.Errorf("%s: the stub declares\n\t%s\nthe SDK\n\t%s", p.pkg, decl, w)
			}
		}
		for name, decl := range want {
			if _, ok := got[name]; !ok && p.whole {
				t.Errorf("%s: the stub lacks %s", p.pkg, decl)
			}
		}
	}
}

// goList returns the directories of the packages, as this module resolves
// them, one a line.
func goList(t *testing.T, pkgs ...string) string {
	t.Helper()
	out, err := goCmd(".", append([]string{"list", "-f", "{{.Dir}}"}, pkgs...)...)
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	return out
}

// checkFiles type-checks the named files of dir as the SDK package pkg,
// importing the SDK's other packages from done and the standard library
// from export data.
func checkFiles(t *testing.T, done map[string]*types.Package, pkg, dir string, names []string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	std := importer.Default()
	conf := types.Config{Importer: importerFunc(func(path string) (*types.Package, error) {
		if rest, ok := strings.CutPrefix(path, sdkPath+"/"); ok && done[rest] != nil {
			return done[rest], nil
		}
		return std.Import(path)
	})}
	p, err := conf.Check(sdkPath+"/"+pkg, fset, files, nil)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return p
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// exported returns the declaration of each exported name of p, packages
// written by name: a constant with its value, a type with its exported
// methods (of the type and of its pointer).
func exported(p *types.Package) map[string]string {
	qualify := func(p *types.Package) string { return p.Name() }
	decls := map[string]string{}
	for _, name := range p.Scope().Names() {
		obj := p.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		decl := types.ObjectString(obj, qualify)
		switch obj := obj.(type) {
		case *types.Const:
			decl += " = " + obj.Val().ExactString()
		case *types.TypeName:
			var methods []string
			mset := types.NewMethodSet(types.NewPointer(obj.Type()))
			for m := range mset.Methods() {
				if m.Obj().Exported() {
					methods = append(methods, types.ObjectString(m.Obj(), qualify))
				}
			}
			slices.Sort(methods)
			decl = strings.Join(append([]string{decl}, methods...), "\n\t")
		}
		decls[name] = decl
	}
	return decls
}
