package model_test

import (
	"testing"

	"github.com/parlint/parlint/passes/parstate/internal/model"
)

const freeHeader = `package p
import ("fmt"; "strings")
var _, _ = fmt.Sprintf, strings.ToLower
const k = "img"
func use(s string) {}
func useB(b bool) {}
`

// TestFreeStr: the string the argument of use(...) in F holds, whatever
// F's parameters: a constant, or what the model computes.
func TestFreeStr(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string
		known     bool
	}{
		{"emptyHelper", `func empty(b bool) string { if b { return "" }; return "" }
func F(b bool) { use(empty(b)) }`, "", true},
		{"emptyHelperSwitch", `func empty(n int) string { switch n { case 1: return ""; case 2: return "" }; return "" }
func F(n int) { use(empty(n)) }`, "", true},
		{"helperDiffers", `func name(b bool) string { if b { return "a" }; return "" }
func F(b bool) { use(name(b)) }`, "", false},
		{"globalZero", `var name string
func F() { use(name) }`, "", true},
		{"globalInit", `var name = "x"
func F() { use(name) }`, "x", true},
		{"globalAssigned", `var name string
func set() { name = "y" }
func F() { use(name) }`, "", false},
		{"globalAssignedMethod", `var name string
type T struct{}
func (T) set(s string) { name = s }
func F() { use(name) }`, "", false},
		{"globalAssignedInit", `var name string
func init() { name = "y" }
func F() { use(name) }`, "", false},
		{"globalPointer", `var name string
func set() { p := &name; *p = "y" }
func F() { use(name) }`, "", false},
		{"globalTuple", `var name string
func two() (string, int) { return "a", 1 }
func set() { name, _ = two() }
func F() { use(name) }`, "", false},
		{"globalPlus", `var name string
func set() { name += "y" }
func F() { use(name) }`, "", false},
		{"sprintf", `func F() { use(fmt.Sprintf("%s-%s", k, "zip")) }`, "img-zip", true},
		{"sprintfVar", `func F() { s := fmt.Sprintf("%s-%s", k, "zip"); use(s) }`, "img-zip", true},
		{"sprintfParam", `func F(x string) { use(fmt.Sprintf("%s-%s", x, "zip")) }`, "", false},
		{"toLower", `func F() { use(strings.ToLower("IMG")) }`, "img", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, file := load(t, freeHeader+tc.src)
			fd := decl(t, file, "F")
			c := m.Free(fd)
			if c == nil {
				t.Fatal("no context of F")
			}
			got, known := c.Str(model.KeySide, callOf(t, fd, "use").Args[0])
			if got != tc.want || known != tc.known {
				t.Errorf("Str = %q, %v; want %q, %v", got, known, tc.want, tc.known)
			}
		})
	}
}

// TestFreeStrClosureVar: a package variable a function literal in another
// variable's initializer assigns is assigned too.
func TestFreeStrClosureVar(t *testing.T) {
	for _, src := range []string{
		`var name string
var set = func(s string) { name = s }
func F() { use(name) }`,
		`var name string
var hooks = []func(){ func() { name = "y" } }
func F() { use(name) }`,
	} {
		m, _, file := load(t, freeHeader+src)
		fd := decl(t, file, "F")
		if got, known := m.Free(fd).Str(model.KeySide, callOf(t, fd, "use").Args[0]); known {
			t.Errorf("%s:\nStr = %q, known; want not known", src, got)
		}
	}
}

// TestFreeBool: the boolean the argument of useB(...) in F holds.
func TestFreeBool(t *testing.T) {
	for _, tc := range []struct {
		name, src   string
		want, known bool
	}{
		{"hasSuffix", `func F() { useB(strings.HasSuffix(k, ".zip")) }`, false, true},
		{"helper", `func isImg(s string) bool { return strings.EqualFold(s, "IMG") }
func F() { useB(isImg(k)) }`, true, true},
		{"helperParam", `func isImg(s string) bool { return s == "img" }
func F(x string) { useB(isImg(x)) }`, false, false},
		{"globalZero", `var debug bool
func F() { useB(debug) }`, false, true},
		{"globalAssigned", `var debug bool
func set() { debug = true }
func F() { useB(debug) }`, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, file := load(t, freeHeader+tc.src)
			fd := decl(t, file, "F")
			got, known := m.Free(fd).Bool(model.KeySide, callOf(t, fd, "useB").Args[0])
			if got != tc.want || known != tc.known {
				t.Errorf("Bool = %v, %v; want %v, %v", got, known, tc.want, tc.known)
			}
		})
	}
}
