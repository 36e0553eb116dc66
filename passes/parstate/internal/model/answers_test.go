package model_test

import (
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

const answersHeader = `package p
import "errors"
var _ = errors.New
const URI = "par.artifact.metadata"
type Image struct{ ID string }
type A struct{ ok bool }
`

// TestAnswers: what each return of State hands Packer on each side, followed
// through helpers, conversions and phis to the instruction that makes it.
func TestAnswers(t *testing.T) {
	for _, tc := range []struct {
		name, src  string
		key, other string
	}{
		{"constString", `func (a *A) State(name string) any { if name == URI { return "v1" }; return nil }`, "const", "const nil"},
		{"constInt", `func (a *A) State(name string) any { switch name { case URI: return 42 }; return nil }`, "const", "const nil"},
		{"nil", `func (a *A) State(name string) any { return nil }`, "const nil", "const nil"},
		{"helperImage", `func (a *A) image() *Image { return &Image{ID: "x"} }
func (a *A) State(name string) any { if name == URI { return a.image() }; return nil }`, "&Image{…} <image", "const nil"},
		{"helperFunc", `func image() *Image { img := &Image{}; return img }
func (a *A) State(name string) any { if name != URI { return nil }; return image() }`, `&Image{} <image`, "const nil"},
		{"helperChain", `func image() *Image { return &Image{} }
func (a *A) get() *Image { return image() }
func (a *A) State(name string) any { if name == URI { return a.get() }; return nil }`, `&Image{} <get <image`, "const nil"},
		{"typedNil", `func (a *A) image() *Image { return nil }
func (a *A) State(name string) any { if name == URI { return a.image() }; return nil }`, "const nil typed <image", "const nil"},
		{"typedNilSlice", `func ids() []string { return nil }
func (a *A) State(name string) any { if name == URI { return ids() }; return nil }`, "const nil typed <ids", "const nil"},
		{"typedNilLocal", `func (a *A) State(name string) any { var img *Image; if name == URI { return img }; return nil }`, "img nil typed", "const nil"},
		{"otherSide", `func (a *A) image() *Image { return &Image{} }
func (a *A) State(name string) any { if name == URI { return a.image() }; return "other" }`, "&Image{} <image", "const"},
		// A helper that returns two results: each side's pair is its own,
		// so the other side's false takes one branch only.
		{"otherSideTuple", `func (a *A) pick(name string) (*Image, bool) { if name == URI { return &Image{}, true }; return nil, false }
func (a *A) State(name string) any { img, ok := a.pick(name); if ok { return img }; return "other" }`, "&Image{} <pick", "const"},
		{"otherSidePhi", `func (a *A) State(name string) any { v := any("other"); if name == URI { v = &Image{} }; return v }`, "&Image{}", "const"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, pkg, _ := load(t, answersHeader+tc.src)
			c := state(t, m, pkg, "A")
			if got := describeAll(c, model.KeySide); got != tc.key {
				t.Errorf("key side: %s, want %s", got, tc.key)
			}
			if got := describeAll(c, model.OtherSide); got != tc.other {
				t.Errorf("other side: %s, want %s", got, tc.other)
			}
		})
	}
}

// TestAnswersGuardedAndPhi: a nil that a dominating test keeps from the
// return is guarded; a value through a phi is each of its edges.
func TestAnswersGuardedAndPhi(t *testing.T) {
	const helper = `func (a *A) image() *Image { if a.ok { return &Image{} }; return nil }
func (a *A) load() (*Image, error) { if a.ok { return &Image{}, nil }; return nil, errors.New("no") }
`
	for _, tc := range []struct {
		name, src, want string
	}{
		{"eqNil", `func (a *A) State(name string) any { v := a.image(); if v == nil { return nil }; return v }`,
			"const nil; &Image{} guarded <image; const nil typed guarded <image"},
		{"neqNil", `func (a *A) State(name string) any { if v := a.image(); v != nil { return v }; return nil }`,
			"&Image{} guarded <image; const nil typed guarded <image; const nil"},
		{"nilNeqReversed", `func (a *A) State(name string) any { if v := a.image(); nil != v { return v }; return nil }`,
			"&Image{} guarded <image; const nil typed guarded <image; const nil"},
		{"neqNilOr", `func (a *A) State(name string) any { if v := a.image(); v != nil || a.ok { return v }; return nil }`,
			"&Image{} <image; const nil typed <image; const nil"},
		{"otherCallsErr", `func (a *A) State(name string) any { v, _ := a.load(); _, err := a.load(); if err != nil { return nil }; return v }`,
			"const nil; &Image{} ignored <load; const nil typed ignored <load"},
		{"errChecked", `func (a *A) State(name string) any { v, err := a.load(); if err != nil { return nil }; return v }`,
			"const nil; &Image{} guarded <load; const nil typed guarded <load"},
		{"unguarded", `func (a *A) State(name string) any { v := a.image(); return v }`,
			"&Image{} <image; const nil typed <image"},
		{"errIgnored", `func (a *A) State(name string) any { v, _ := a.load(); return v }`,
			"&Image{} ignored <load; const nil typed ignored <load"},
		{"phiBranches", `func (a *A) State(name string) any { var v any; if a.ok { v = "a" } else { v = 1 }; return v }`,
			"const; const"},
		{"phiHelpers", `func (a *A) State(name string) any { var v *Image; if a.ok { v = a.image() } else { v = &Image{ID: "b"} }; return v }`,
			"&Image{} <image; const nil typed <image; &Image{…}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, pkg, _ := load(t, answersHeader+helper+tc.src)
			if got := describeAll(state(t, m, pkg, "A"), model.KeySide); got != tc.want {
				t.Errorf("answers: %s\nwant     %s", got, tc.want)
			}
		})
	}
}

// TestAnswersTypedNonNil: Typed is about a nil; a pointer that is never
// nil is not a typed nil.
func TestAnswersTypedNonNil(t *testing.T) {
	for _, src := range []string{
		`func (a *A) State(name string) any { return &Image{} }`,
		`func (a *A) image() *Image { return &Image{} }
func (a *A) State(name string) any { return a.image() }`,
		`func (a *A) State(name string) any { return []string{"x"} }`,
	} {
		m, pkg, _ := load(t, answersHeader+src)
		for _, a := range state(t, m, pkg, "A").Answers(model.KeySide) {
			if a.Nil || a.Typed {
				t.Errorf("%s: nil %v, typed %v; want neither", describe(a), a.Nil, a.Typed)
			}
		}
	}
}
