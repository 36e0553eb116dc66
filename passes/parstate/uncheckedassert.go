package parstate

import (
	"fmt"
	"go/ast"
)

// Category unchecked-assert: a single-value type assertion on the registry
// path, which panics the plugin mid-build when it fails.

// CategoryUncheckedAssert is the category of unchecked-assert findings.
const CategoryUncheckedAssert = "unchecked-assert"

var uncheckedAssert = check{category: CategoryUncheckedAssert, on: onRegistryPath, run: checkUncheckedAssert}

// checkUncheckedAssert reports the single-value type assertions of the path.
func checkUncheckedAssert(t *target) {
	c, s, p := t.c, t.s, t.p
	for _, cur := range p.asserts {
		ta := cur.Node().(*ast.TypeAssertExpr)
		what := "a type"
		if t := c.pass.TypesInfo.TypeOf(ta.Type); t != nil {
			what = s.typeString(t)
		}
		s.report(CategoryUncheckedAssert, ta, fmt.Sprintf(
			"unchecked type assertion to %s on the registry path panics the plugin when it fails; use the comma-ok form and skip the image",
			what))
	}
}
