package model_test

import (
	"go/token"
	"slices"
	"testing"
)

const errorsHeader = `package p
import ("errors"; "fmt"; "log")
var _, _, _ = errors.New, fmt.Errorf, log.Print
var errNo = errors.New("no")
type T struct{}
type A struct{ ok bool }
func f() (*T, error) { return &T{}, nil }
func g() error { return nil }
`

// TestErrorChecked: the error of f() in g is checked where one of its uses
// decides something.
func TestErrorChecked(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"ifNeqNil", `func G() any { v, err := f(); if err != nil { return nil }; return v }`, true},
		{"ifEqNil", `func G() any { v, err := f(); if err == nil { return v }; return nil }`, true},
		{"ifLogs", `func G() any { v, err := f(); if err != nil { log.Print(err) }; return v }`, true},
		{"switchCase", `func G() any { v, err := f(); switch { case err != nil: return nil }; return v }`, true},
		{"blank", `func G() any { v, err := f(); _ = err; return v }`, false},
		{"logOnly", `func G() any { v, err := f(); log.Printf("%v", err); return v }`, false},
		{"errorsIs", `func G() any { v, err := f(); if errors.Is(err, errNo) { return nil }; return v }`, true},
		{"errorsIsUnused", `func G() any { v, err := f(); _ = errors.Is(err, errNo); return v }`, false},
		{"errorsAs", `func G() any { v, err := f(); var e fmt.Stringer; if errors.As(err, &e) { return nil }; return v }`, true},
		{"wrapReturned", `func G() (any, error) { v, err := f(); return v, fmt.Errorf("f: %w", err) }`, true},
		{"wrapLogged", `func G() any { v, err := f(); log.Print(fmt.Errorf("f: %w", err)); return v }`, false},
		{"returned", `func G() (any, error) { v, err := f(); return v, err }`, true},
		{"panics", `func G() any { v, err := f(); if err != nil { panic(err) }; return v }`, true},
		{"helperDecides", `func bad(err error) bool { return err != nil }
func G() any { v, err := f(); if bad(err) { return nil }; return v }`, true},
		{"helperBranches", `func must(err error) { if err != nil { panic(err) } }
func G() any { v, err := f(); must(err); return v }`, true},
		{"helperLogs", `func note(err error) { log.Print(err) }
func G() any { v, err := f(); note(err); return v }`, false},
		{"orLog", `func orLog[T any](v T, err error) T { if err != nil { log.Printf("%v", err) }; return v }
func G() any { return orLog(f()) }`, false},
		{"orLogVar", `func orLog[T any](v T, err error) T { if err != nil { log.Print(err) }; return v }
func G() any { v, err := f(); return orLog(v, err) }`, false},
		{"fieldUnread", `type box struct{ err error }
func G() any { var b box; v, err := f(); b.err = err; _ = b; return v }`, false},
		{"fieldRead", `type box struct{ err error }
func (b *box) failed() bool { return b.err != nil }
func G(b *box) any { v, err := f(); b.err = err; return v }`, true},
		{"deferCaptured", `func G() (out any) { v, err := f(); defer func() { if err != nil { out = nil } }(); return v }`, true},
		{"deferLogs", `func G() (out any) { v, err := f(); defer func() { log.Print(err) }(); return v }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, file := load(t, errorsHeader+tc.src)
			fd := decl(t, file, "G")
			checked, known := m.ErrorChecked(fd, callOf(t, fd, "f").Lparen)
			if checked != tc.want || !known {
				t.Errorf("ErrorChecked = %v, %v; want %v, true", checked, known, tc.want)
			}
		})
	}
}

// TestErrorCheckedUnknown: a call with no error result, or no call at all,
// is not known.
func TestErrorCheckedUnknown(t *testing.T) {
	m, _, file := load(t, errorsHeader+`func G() any { _ = g(); return nil }`)
	fd := decl(t, file, "G")
	for _, pos := range []struct {
		name string
		at   token.Pos
	}{{"one result", callOf(t, fd, "g").Lparen}, {"no call", fd.Pos()}} {
		if checked, known := m.ErrorChecked(fd, pos.at); checked || known {
			t.Errorf("%s: ErrorChecked = %v, %v; want false, false", pos.name, checked, known)
		}
	}
}

// TestFailure: what runs of G when f() fails. Returns and appends are
// numbered in source order.
func TestFailure(t *testing.T) {
	for _, tc := range []struct {
		name, src       string
		tested          bool
		only, img, apps []int
	}{
		{"neqNil", `func G() any { v, err := f(); if err != nil { return nil }; return v }`, true, []int{0}, []int{}, []int{}},
		{"eqNilLater", `func G() any { v, err := f(); if err == nil { return v }; return nil }`, true, []int{1}, []int{}, []int{}},
		{"andOther", `func G(a *A) any { v, err := f(); if err != nil && a.ok { return nil }; return v }`, true, []int{0}, []int{1}, []int{}},
		{"otherAnd", `func G(a *A) any { v, err := f(); if a.ok && err != nil { return nil }; return v }`, true, []int{0}, []int{1}, []int{}},
		{"orOther", `func G(a *A) any { v, err := f(); if err != nil || a.ok { return nil }; return v }`, true, []int{}, []int{}, []int{}},
		{"switchCase", `func G() any { v, err := f(); switch { case err != nil: return nil }; return v }`, true, []int{0}, []int{}, []int{}},
		{"logThenReturn", `func G() any { v, err := f(); if err != nil { log.Print(err) }; return v }`, true, []int{}, []int{0}, []int{}},
		{"untested", `func G() any { v, _ := f(); return v }`, false, []int{}, []int{0}, []int{}},
		{"appendUnchecked", `func G() any { var out []*T; v, _ := f(); out = append(out, v); return out }`, false, []int{}, []int{}, []int{0}},
		{"appendChecked", `func G() any { var out []*T; v, err := f(); if err != nil { return nil }; out = append(out, v); return out }`, true, []int{0}, []int{}, []int{}},
		{"appendLogged", `func G() any { var out []any; v, err := f(); if err != nil { log.Print(err) }; out = append(out, 1, v); return out }`, true, []int{}, []int{}, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, file := load(t, errorsHeader+tc.src)
			fd := decl(t, file, "G")
			f := m.Failure(fd, callOf(t, fd, "f").Lparen)
			rets := returns(fd)
			if !f.Known || f.Tested != tc.tested {
				t.Errorf("known %v, tested %v; want true, %v", f.Known, f.Tested, tc.tested)
			}
			if got := indexes(f.OnlyOnError, rets); !slices.Equal(got, tc.only) {
				t.Errorf("OnlyOnError = %v, want %v", got, tc.only)
			}
			if got := indexes(f.ImageReturns, rets); !slices.Equal(got, tc.img) {
				t.Errorf("ImageReturns = %v, want %v", got, tc.img)
			}
			if got := indexes(f.Appends, lparens(fd, "append")); !slices.Equal(got, tc.apps) {
				t.Errorf("Appends = %v, want %v", got, tc.apps)
			}
		})
	}
}

// TestFailureUnknown: where the error meets other values in a phi, or
// there is no such call, the model does not say.
func TestFailureUnknown(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"reassignedAnd", `func G(a *A) any { v, err := f(); if err == nil && a.ok { err = g() }; if err != nil { return nil }; return v }`},
		{"reassignedIf", `func G(a *A) any { v, err := f(); if a.ok { err = g() }; if err != nil { return nil }; return v }`},
		{"loop", `func G() any { v, err := f(); for i := 0; i < 3 && err != nil; i++ { v, err = f() }; return v }`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, file := load(t, errorsHeader+tc.src)
			fd := decl(t, file, "G")
			if f := m.Failure(fd, callOf(t, fd, "f").Lparen); f.Known {
				t.Errorf("Failure = %+v, want not known", f)
			}
		})
	}
	m, _, file := load(t, errorsHeader+`func G() any { return nil }`)
	if f := m.Failure(decl(t, file, "G"), decl(t, file, "G").Pos()); f.Known {
		t.Errorf("no call: Failure = %+v, want not known", f)
	}
}
