package parstate

import (
	"fmt"
	"go/ast"

	"github.com/parlint/parlint/internal/edit"
)

// Category state-uri-literal: the key is compared with the literal
// "par.artifact.metadata" instead of the SDK's constant. It still counts as
// answering.

// CategoryURILiteral is the category of state-uri-literal findings.
const CategoryURILiteral = "state-uri-literal"

var stateURILiteral = check{category: CategoryURILiteral, on: onEveryState, run: checkStateURILiteral}

// checkStateURILiteral reports the literals the dispatch compares the key with,
// or that spell the value of a constant it compares the key with.
func checkStateURILiteral(t *target) {
	c, s, k := t.c, t.s, t.k
	for _, lit := range k.literals {
		s.report(CategoryURILiteral, lit, fmt.Sprintf("key compared with the literal %q; use %s so the key stays the one Packer asks for",
			uriValue, s.img(uriName)), uriLiteralFix(c, lit))
	}
}

// uriLiteralFix replaces the literal key with the SDK's constant. It
// deletes the literal, which uses nothing.
func uriLiteralFix(c *pkgContext, lit *ast.BasicLit) proposedFix {
	f, ok := c.editFile(lit.Pos()) // the literal may be a constant's, in another file
	if !ok {
		return proposedFix{}
	}
	img, imports, ok := c.importFor(f, lit.Pos(), imagePath, imageDefault)
	if !ok || len(imports) > 0 && c.imageUnavailable() != "" {
		return proposedFix{} // the constant's package is not in this build
	}
	return fix(f, "Replace the literal with "+qualify(img, uriName), imports, []ast.Node{lit}, edit.Replace(lit, qualify(img, uriName)))
}
