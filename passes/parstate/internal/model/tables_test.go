package model_test

import (
	"strings"
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

// TestTableFilledElsewhere: a table in a package variable that a function
// fills after its initializer may hold the key: the lookup is not decided
// by the initializer's entries alone.
func TestTableFilledElsewhere(t *testing.T) {
	// want: what the key side's answers hold; "" where the model cannot
	// know the handler, only that the lookup may find one.
	for _, tc := range []struct{ name, src, want string }{
		{"init", `var handlers = map[string]func(*A) any{"x": otherOf}
func init() { handlers[URI] = imageOf }
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`, "&Image{} <imageOf <build"},
		{"register", `var handlers = map[string]func(*A) any{"x": otherOf}
func Register(k string, f func(*A) any) { handlers[k] = f }
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`, ""},
		// A blank variable whose initializer calls something (here a
		// closure that fills the table) runs it: the model builds it,
		// where it builds none of an inert one (var _ = otherOf).
		{"blankVar", `var handlers = map[string]func(*A) any{"x": otherOf}
var _ = otherOf
var _ = func() bool { handlers[URI] = imageOf; return true }()
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`, "&Image{} <imageOf <build"},
		{"emptyInit", `var handlers = map[string]func(*A) any{}
func init() { handlers[URI] = imageOf }
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`, "&Image{} <imageOf <build"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, pkg := build(t, rootsHeader+tc.src, nil)
			c := state(t, m, pkg, "A")
			got := describeAll(c, model.KeySide)
			if got == "const nil" || !strings.Contains(got, tc.want) {
				t.Errorf("key side answers %q, want more than the lookup's miss, with %q", got, tc.want)
			}
		})
	}
}
