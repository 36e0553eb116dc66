package parstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"unicode/utf8"
)

// Category unchecked-assert: a single-value type assertion on the registry
// path, which panics the plugin mid-build when it fails.

// CategoryUncheckedAssert is the category of unchecked-assert findings.
const CategoryUncheckedAssert = "unchecked-assert"

var uncheckedAssert = check{category: CategoryUncheckedAssert, on: onRegistryPath, run: checkUncheckedAssert}

// checkUncheckedAssert reports the single-value type assertions of the path.
func checkUncheckedAssert(t *target) {
	for _, cur := range t.p.asserts {
		ta := cur.Node().(*ast.TypeAssertExpr)
		t.s.report(CategoryUncheckedAssert, ta, fmt.Sprintf(
			"unchecked type assertion %s on the registry path panics the plugin when it fails; use the comma-ok form and skip the image",
			assertString(ta)))
	}
}

// maxAssertLen is the length, in runes, past which a message shortens the
// assertion it names.
const maxAssertLen = 60

// assertString renders ta as the message names it: in full when it is short,
// so that assertions on adjacent lines read differently. A longer one keeps
// the longest end of its operand chain that fits, cut before a selector or an
// index ("…["SourceImage"].(string)"): the last key or field is what tells one
// assertion from its neighbours.
func assertString(ta *ast.TypeAssertExpr) string {
	full := types.ExprString(ta)
	if utf8.RuneCountInString(full) <= maxAssertLen {
		return full
	}
	short := ""
	for n := ta.X; ; {
		op, cut := chainOperand(n)
		if op == nil {
			break
		}
		if base := types.ExprString(op); cut && strings.HasPrefix(full, base) {
			tail := "…" + full[len(base):]
			if utf8.RuneCountInString(tail) > maxAssertLen {
				break
			}
			short = tail
		}
		n = op
	}
	if short != "" {
		return short
	}
	// No cut fits: keep the start of the operand and the asserted type.
	x := []rune(types.ExprString(ta.X))
	return string(x[:min(len(x), maxAssertLen/2)]) + "…" + strings.TrimPrefix(full, string(x))
}

// chainOperand returns the operand e is written after (x in x.f, x[i],
// x[i:j], x.(T) and x(args)), or nil when e is not such a postfix form, and
// whether a message may cut e before its suffix: not before a call's
// arguments or a type, whose end alone names nothing.
func chainOperand(e ast.Expr) (op ast.Expr, cut bool) {
	switch e := e.(type) {
	case *ast.SelectorExpr:
		return e.X, true
	case *ast.IndexExpr:
		return e.X, true
	case *ast.IndexListExpr:
		return e.X, true
	case *ast.SliceExpr:
		return e.X, true
	case *ast.TypeAssertExpr:
		return e.X, false
	case *ast.CallExpr:
		return e.Fun, false
	}
	return nil, false
}
