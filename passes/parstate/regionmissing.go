package parstate

import (
	"fmt"
	"go/ast"
)

// Category region-missing: an image built on the registry path never gets
// ProviderRegion while the artifact holds its region: consumers that query
// HCP Packer by region do not find it.

// CategoryRegionMissing is the category of region-missing findings.
const CategoryRegionMissing = "region-missing"

var regionMissing = check{category: CategoryRegionMissing, on: onRegistryPath, run: checkRegionMissing, followUp: true}

// checkRegionMissing reports the FromArtifact calls and the Image literals
// of the path whose image never gets a ProviderRegion although the code
// names its region (regions.go): no WithRegion among the options, no option
// of the package that assigns it, no assignment of the field anywhere on the
// path. An image with nothing that names its region is left alone.
func checkRegionMissing(t *target) {
	c, s, sm, p := t.c, t.s, t.sm, t.p
	if p.written[regionField] {
		return
	}
	for _, cur := range p.fromArtifacts {
		call := cur.Node().(*ast.CallExpr)
		if optionsSet(c, t.k, cur, call, withRegionName, regionField) {
			continue
		}
		g := c.regionAt(sm, cur, sourceRecv(c, sm, call))
		if !g.known() {
			continue
		}
		s.report(CategoryRegionMissing, call, fmt.Sprintf(
			"image built by %s never sets ProviderRegion, so consumers that query HCP Packer by region do not find it; pass %s",
			s.img(fromArtifactName), g.advice(s.img(withRegionName)+"(%s)", s.img(withRegionName))), optionFix(c, withRegionName, g.value, call))
	}
	for _, cur := range p.literals {
		lit := cur.Node().(*ast.CompositeLit)
		set := literalFields(lit)
		if !p.completeLiteral(set) || set[regionField] {
			continue // an incomplete literal is fromartifact-missing's
		}
		g := c.regionAt(sm, cur, literalSourceRecv(c, sm, cur))
		if !g.known() {
			continue
		}
		s.report(CategoryRegionMissing, lit, fmt.Sprintf(
			"%s literal never sets ProviderRegion, so consumers that query HCP Packer by region do not find the image; set %s",
			s.img(imageName), g.advice(regionField+": %s", regionField)), literalFieldFix(c, regionField, g.value, lit))
	}
}

// advice says what to write: form with the region's value when it is
// clear, else what with what may hold the region.
func (g regionGuess) advice(form, what string) string {
	if g.value != "" {
		return fmt.Sprintf(form, g.value)
	}
	return what + " with the image's region (" + g.hint + ")"
}
