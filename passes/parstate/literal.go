package parstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// checkLiterals reports Image composite literals on the path that never get
// ImageID or ProviderName, which Packer requires, or SourceImageID. A field
// assigned anywhere on the path counts as set.
func checkLiterals(c *pkgContext, s *scope, sm *stateMethod, p *registryPath) {
	for _, cur := range p.literals {
		lit := cur.Node().(*ast.CompositeLit)
		set := literalFields(lit)
		var missing []string
		for _, f := range []string{imageIDField, providerField} {
			if !set[f] && !p.written[f] {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			s.report(CategoryFromArtifactMissing, lit, fmt.Sprintf(
				"%s literal never sets %s, so Packer rejects the image; build it with %s, which fills both, or set them",
				s.img(imageName), strings.Join(missing, " and "), s.img(fromArtifactName)))
			continue
		}
		if !set[sourceIDField] && !p.written[sourceIDField] {
			src := sm.source(literalSourceRecv(c, sm, cur))
			s.report(CategorySourceIDMissing, lit, fmt.Sprintf(
				"%s literal never sets SourceImageID, so HCP Packer cannot link the image to its source image; set %s",
				s.img(imageName), src.hint(s, false)), literalSourceFix(c, src.value, lit)...)
		}
	}
}

// literalFields returns the fields an Image literal sets.
func literalFields(lit *ast.CompositeLit) map[string]bool {
	set := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			// An unkeyed literal lists every field.
			return map[string]bool{imageIDField: true, providerField: true, sourceIDField: true}
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			set[id.Name] = true
		}
	}
	return set
}

// checkAsserts reports single-value type assertions on the path: when one
// fails, the plugin panics in the middle of the build.
func checkAsserts(c *pkgContext, s *scope, p *registryPath) {
	for _, cur := range p.asserts {
		ta := cur.Node().(*ast.TypeAssertExpr)
		t := c.pass.TypesInfo.TypeOf(ta.Type)
		what := "a type"
		if t != nil {
			what = types.TypeString(t, types.RelativeTo(c.pass.Pkg))
		}
		s.report(CategoryUncheckedAssert, ta, fmt.Sprintf(
			"unchecked type assertion to %s on the registry path panics the plugin when it fails; use the comma-ok form and skip the image",
			what))
	}
}
