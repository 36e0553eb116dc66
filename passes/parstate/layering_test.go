package parstate_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/parlint/parlint/passes/parstate"
)

// TestChecksIndependent: no check calls a function another check's file
// declares. What two checks share lives in the shared layers (sdk.go,
// report.go, directive.go, the model), so that a check can change, or go,
// without changing another.
func TestChecksIndependent(t *testing.T) {
	fset := token.NewFileSet()
	declares := map[string]string{} // function → the check file declaring it
	calls := map[string][]string{}  // check file → the functions it calls
	for _, c := range parstate.Categories() {
		name := strings.ReplaceAll(c, "-", "") + ".go"
		f, err := parser.ParseFile(fset, name, mustRead(t, name), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				declares[fd.Name.Name] = name
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok {
					calls[name] = append(calls[name], id.Name)
				}
			}
			return true
		})
	}
	for file, fns := range calls {
		for _, fn := range fns {
			if owner, ok := declares[fn]; ok && owner != file {
				t.Errorf("%s calls %s, which %s declares: move it to a shared layer", file, fn, owner)
			}
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
