package model_test

import (
	"go/types"
	"strings"
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

const rootsHeader = `package p
const URI = "par.artifact.metadata"
type Image struct{ ID string }
type A struct{ ok bool }
func (a *A) build() *Image { if a.ok { return &Image{} }; return nil }
func imageOf(a *A) any { return a.build() }
func otherOf(a *A) any { return "other" }
func unrelated() int { return 7 }
`

// build builds src's model with roots, when set, picking the functions
// the model is asked about.
func build(t *testing.T, src string, roots func(*types.Package) []*types.Func) (*model.Package, *types.Package) {
	t.Helper()
	fset, pkg, files, info := check(t, src)
	cfg := model.Config{Key: uri, Other: "\x00other",
		IsStdlib: func(p *types.Package) bool { return !strings.Contains(p.Path(), ".") && p.Path() != "p" }}
	if roots != nil {
		cfg.Roots = roots(pkg)
	}
	m, err := model.Build(fset, pkg, files, info, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m, pkg
}

// TestRoots: a model built from State alone answers what one of the whole
// package does: the helpers it reaches through a table in a package
// variable, a lookup function or a switch are kept.
func TestRoots(t *testing.T) {
	const image = "&Image{} <imageOf <build; const nil typed <imageOf <build"
	for _, tc := range []struct {
		name, src, key, other string
	}{
		{"mapOfFuncs", `var handlers = map[string]func(*A) any{URI: imageOf, "x": otherOf}
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`, image, "const nil"},
		{"mapOfLits", `var handlers = map[string]func(*A) any{URI: func(a *A) any { return imageOf(a) }}
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`,
			"&Image{} <lit <imageOf <build; const nil typed <lit <imageOf <build", "const nil"},
		{"lookupHelper", `var handlers = map[string]func(*A) any{URI: imageOf}
func lookup(name string) func(*A) any { return handlers[name] }
func (a *A) State(name string) any { if h := lookup(name); h != nil { return h(a) }; return nil }`, image, "const nil"},
		{"methodExprs", `func (a *A) image() any { return a.build() }
var handlers = map[string]func(*A) any{URI: (*A).image}
func (a *A) State(name string) any { if h, ok := handlers[name]; ok { return h(a) }; return nil }`,
			"&Image{} <-image <image <build; const nil typed <-image <image <build", "const nil"},
		{"viaInterface", `type imager interface{ image() any }
func (a *A) image() any { return a.build() }
func get(i imager) any { return i.image() }
func (a *A) State(name string) any { if name == URI { return get(a) }; return nil }`,
			"&Image{} <get <image <build; const nil typed <get <image <build", "const nil"},
		{"switchHelpers", `func (a *A) State(name string) any { switch name { case URI: return imageOf(a); case "x": return otherOf(a) }; return nil }`,
			image, "const nil"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := rootsHeader + tc.src
			var got [2][3]string
			for i, roots := range []func(*types.Package) []*types.Func{nil, func(pkg *types.Package) []*types.Func {
				return []*types.Func{method(pkg, "A", "State")}
			}} {
				m, pkg := build(t, src, roots)
				c := state(t, m, pkg, "A")
				got[i] = [3]string{strings.Repeat("dispatches", b2i(dispatches(c))),
					describeAll(c, model.KeySide), describeAll(c, model.OtherSide)}
			}
			if got[0] != got[1] {
				t.Errorf("with roots %q, without %q", got[1], got[0])
			}
			if want := [3]string{"dispatches", tc.key, tc.other}; got[0] != want {
				t.Errorf("without roots %q, want %q", got[0], want)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
