package parstate

import (
	"fmt"
	"go/ast"
)

// Category sourceid-missing: an image built on the registry path never gets
// SourceImageID, which FromArtifact cannot derive: HCP Packer then cannot
// link the image to its parent.

// CategorySourceIDMissing is the category of sourceid-missing findings.
const CategorySourceIDMissing = "sourceid-missing"

var sourceIDMissing = check{category: CategorySourceIDMissing, on: onRegistryPath, run: checkSourceIDMissing, followUp: true}

// checkSourceIDMissing reports the FromArtifact calls and the Image literals of the
// path whose image never gets a SourceImageID: no WithSourceID among the
// options, no option of the package that assigns it, no assignment of the
// field anywhere on the path.
func checkSourceIDMissing(t *target) {
	c, s, sm, p := t.c, t.s, t.sm, t.p
	for _, cur := range p.fromArtifacts {
		call := cur.Node().(*ast.CallExpr)
		if p.sourceWritten(c, cur) || optionsSetSource(c, t.k, cur, call) {
			continue
		}
		src := sm.source(sourceRecv(c, sm, call))
		s.report(CategorySourceIDMissing, call, fmt.Sprintf(
			"image built by %s never sets SourceImageID, so HCP Packer cannot link it to its source image; pass %s",
			s.img(fromArtifactName), src.hint(s, true)), optionFix(c, withSourceIDName, src.value, call))
	}
	for _, cur := range p.literals {
		lit := cur.Node().(*ast.CompositeLit)
		set := literalFields(lit)
		if !p.completeLiteral(set) || set[sourceIDField] || p.written[sourceIDField] {
			continue // an incomplete literal is fromartifact-missing's
		}
		src := sm.source(literalSourceRecv(c, sm, cur))
		s.report(CategorySourceIDMissing, lit, fmt.Sprintf(
			"%s literal never sets SourceImageID, so HCP Packer cannot link the image to its source image; set %s",
			s.img(imageName), src.hint(s, false)), literalFieldFix(c, sourceIDField, src.value, lit))
	}
}
