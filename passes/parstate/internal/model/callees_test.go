package model_test

import (
	"strings"
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

const calleesHeader = `package p
import "sync"
var _ sync.Once
type A struct{ f func() any; v any }
func (a *A) image() any { return 1 }
func setup() {}
`

// names spells the functions of cs, in order; a wrapper the SSA builder
// made (a bound method) is "-" and the functions it reaches.
func names(cs []*model.Context) string {
	var out []string
	for _, c := range cs {
		n := syntaxName(c.Syntax())
		if n == "-" {
			n += names(c.Path(model.KeySide)[1:])
		}
		out = append(out, n)
	}
	return strings.Join(out, " ")
}

// TestCallees: the contexts a call in State runs, where the function
// value is a field, a parameter of a helper, or handed to code the model
// does not see. call names the call in State; inner, when set, names a
// call in State's only callee of it to ask about instead.
func TestCallees(t *testing.T) {
	for _, tc := range []struct {
		name, src, call, inner, want string
	}{
		{"fieldByConstructor", `func New() *A { return &A{f: func() any { return 1 }} }
func (a *A) State(name string) any { return a.f() }`, "f", "", "lit"},
		{"fieldByMethod", `func (a *A) init() { a.f = func() any { return 2 } }
func (a *A) State(name string) any { return a.f() }`, "f", "", "lit"},
		{"fieldTwoMakers", `func New() *A { return &A{f: func() any { return 1 }} }
func (a *A) reset() { a.f = func() any { return 2 } }
func (a *A) State(name string) any { return a.f() }`, "f", "", "lit lit"},
		{"methodValueToHelper", `func run(f func() any) any { return f() }
func (a *A) State(name string) any { return run(a.image) }`, "run", "f", "-image"},
		{"funcToHelper", `func img() any { return 1 }
func run(f func() any) any { return f() }
func (a *A) State(name string) any { return run(img) }`, "run", "f", "img"},
		{"onceMethodValue", `var once sync.Once
func (a *A) load() { a.v = 1 }
func (a *A) State(name string) any { once.Do(a.load); return a.v }`, "Do", "", "-load"},
		{"onceLit", `var once sync.Once
func (a *A) State(name string) any { once.Do(func() { a.v = 1 }); return a.v }`, "Do", "", "lit"},
		{"onceFunc", `var once sync.Once
func (a *A) State(name string) any { once.Do(setup); return a.v }`, "Do", "", "setup"},
		{"onceField", `type B struct{ once sync.Once; v any }
func (b *B) State(name string) any { b.once.Do(func() { b.v = 1 }); return b.v }
func (a *A) State(name string) any { return nil }`, "Do", "", "lit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, pkg, file := load(t, calleesHeader+tc.src)
			typ, recv := "A", "a"
			if strings.Contains(tc.src, "func (b *B) State") {
				typ, recv = "B", "b"
			}
			c := state(t, m, pkg, typ)
			fd := stateDecl(t, file, recv)
			cs := c.Callees(model.KeySide, callOf(t, fd, tc.call).Lparen)
			if tc.inner != "" {
				if len(cs) != 1 {
					t.Fatalf("callees of %s: %s", tc.call, names(cs))
				}
				cs = cs[0].Callees(model.KeySide, callOf(t, cs[0].Syntax(), tc.inner).Lparen)
			}
			if got := names(cs); got != tc.want {
				t.Errorf("callees = %q, want %q", got, tc.want)
			}
		})
	}
}
