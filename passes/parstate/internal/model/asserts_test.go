package model_test

import (
	"go/ast"
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// assertOf returns the single-value type assertion in n whose type is
// spelled typ and that is not a test (not in a comma-ok assignment).
func assertOf(t *testing.T, n ast.Node, typ string) *ast.TypeAssertExpr {
	t.Helper()
	tests := map[ast.Expr]bool{}
	var found *ast.TypeAssertExpr
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				tests[ast.Unparen(n.Rhs[0])] = true
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && identName(n.Type) == typ && !tests[n] && found == nil {
				found = n
			}
		}
		return true
	})
	if found == nil {
		t.Fatalf("no assertion to %s", typ)
	}
	return found
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

// TestAssertGuarded: the assertion to string in G cannot panic where a
// successful test of the same value against string dominates it.
func TestAssertGuarded(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"typeSwitch", `func G(v any) { switch x := v.(type) { case string: _ = x; _ = v.(string) } }`, true},
		{"typeSwitchLater", `func G(v any) { switch v.(type) { case int: case string: _ = v.(string) } }`, true},
		{"typeSwitchTwoTypes", `func G(v any) { switch v.(type) { case int, string: _ = v.(string) } }`, false},
		{"typeSwitchOther", `func G(v any) { switch v.(type) { case int: _ = v.(string) } }`, false},
		{"commaOk", `func G(v any) { if _, ok := v.(string); ok { _ = v.(string) } }`, true},
		{"commaOkReturn", `func G(v any) { if _, ok := v.(string); !ok { return }; _ = v.(string) }`, true},
		{"commaOkOtherType", `func G(v any) { if _, ok := v.(int); ok { _ = v.(string) } }`, false},
		{"commaOkOtherValue", `func G(v, w any) { if _, ok := w.(string); ok { _ = v.(string) } }`, false},
		{"commaOkOr", `func G(v any, b bool) { if _, ok := v.(string); ok || b { _ = v.(string) } }`, false},
		{"commaOkElse", `func G(v any) { if _, ok := v.(string); ok { } else { _ = v.(string) } }`, false},
		{"plain", `func G(v any) { _ = v.(string) }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, file := load(t, "package p\n"+tc.src)
			fd := decl(t, file, "G")
			if got := m.AssertGuarded(fd, assertOf(t, fd, "string").Lparen); got != tc.want {
				t.Errorf("AssertGuarded = %v, want %v", got, tc.want)
			}
		})
	}
}

const recoverHeader = `package p
import "log"
var _ = log.Print
type A struct{ ok bool }
func (a *A) helper() any { return a.ok }
func (a *A) shared() any { return 1 }
func other() any { return (&A{}).shared() }
func rescue() { if r := recover(); r != nil { log.Print(r) } }
`

// TestRecovered: the contexts of State's path where a panic is recovered:
// State when it defers a function that calls recover, and what only such
// contexts call.
func TestRecovered(t *testing.T) {
	for _, tc := range []struct {
		name, src     string
		state, helper bool
	}{
		{"closure", `func (a *A) State(name string) any { defer func() { if r := recover(); r != nil { log.Print(r) } }(); return a.helper() }`, true, true},
		{"closureDiscards", `func (a *A) State(name string) any { defer func() { _ = recover() }(); return a.helper() }`, true, true},
		{"named", `func (a *A) State(name string) any { defer rescue(); return a.helper() }`, true, true},
		{"namedMethod", `func (a *A) rescue() { _ = recover() }
func (a *A) State(name string) any { defer a.rescue(); return a.helper() }`, true, true},
		// recover as the deferred call itself stops nothing.
		{"deferBuiltin", `func (a *A) State(name string) any { defer recover(); return a.helper() }`, false, false},
		{"onlyLogs", `func (a *A) State(name string) any { defer func() { log.Print("done") }(); return a.helper() }`, false, false},
		// recover stops a panic only when the deferred function calls it itself.
		{"indirect", `func (a *A) State(name string) any { defer func() { rescue() }(); return a.helper() }`, false, false},
		{"none", `func (a *A) State(name string) any { return a.helper() }`, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, pkg, file := load(t, recoverHeader+tc.src)
			c := state(t, m, pkg, "A")
			rec := c.Recovered(model.KeySide)
			helpers := c.Callees(model.KeySide, callOf(t, decl(t, file, "State"), "helper").Lparen)
			if len(helpers) != 1 || syntaxName(helpers[0].Syntax()) != "helper" {
				t.Fatalf("callees of a.helper(): %d", len(helpers))
			}
			if rec[c] != tc.state || rec[helpers[0]] != tc.helper {
				t.Errorf("recovered: State %v, helper %v; want %v, %v", rec[c], rec[helpers[0]], tc.state, tc.helper)
			}
		})
	}
}

// TestRecoveredGoroutine: a panic in a goroutine State starts is not
// recovered by State's deferred recover: it crashes the plugin.
func TestRecoveredGoroutine(t *testing.T) {
	for _, src := range []string{
		`func (a *A) State(name string) any { defer rescue(); go a.helper(); return nil }`,
		`func (a *A) State(name string) any { defer rescue(); done := make(chan any); go func() { done <- a.helper() }(); return <-done }`,
	} {
		m, pkg, _ := load(t, recoverHeader+src)
		c := state(t, m, pkg, "A")
		rec := c.Recovered(model.KeySide)
		found := false
		for _, x := range c.Path(model.KeySide) {
			if syntaxName(x.Syntax()) == "helper" {
				found = true
				if rec[x] {
					t.Errorf("%s: helper run in a goroutine is recovered", src)
				}
			}
		}
		if !found || !rec[c] {
			t.Errorf("%s: helper on the path %v, State recovered %v; want true, true", src, found, rec[c])
		}
	}
}
