package parstate

import (
	"fmt"
	"go/ast"
	"strings"
)

// Category fromartifact-missing: the answer is not something Packer decodes
// as registry images, or an Image literal never gets the fields that
// FromArtifact would fill.

// CategoryFromArtifactMissing is the category of fromartifact-missing findings.
const CategoryFromArtifactMissing = "fromartifact-missing"

var fromArtifactMissing = check{category: CategoryFromArtifactMissing, on: onRegistryPath, run: checkFromArtifactMissing}

// checkFromArtifactMissing reports the answers Packer cannot decode as
// registry images (a string, an error, a map), and the Image literals of
// the path that never get ImageID or ProviderName. A plain nil is a
// deliberate opt-out; an interface value parstate cannot see into counts as
// correct.
func checkFromArtifactMissing(t *target) {
	c, s, p := t.c, t.s, t.p
	for _, a := range p.answers {
		if a.onErr {
			continue // error-return's
		}
		o := c.classify(a)
		if o < outcomeSilent {
			continue
		}
		at := ast.Node(a.leaf) // in a helper, where the value is made
		if a.via == nil {
			at = a.ret.Results[0] // in State, where it goes to Packer
		}
		s.report(CategoryFromArtifactMissing, at, fmt.Sprintf(
			"%s returns %s for %s: %s; return the image built by %s",
			a.fn, s.describe(c.pass.TypesInfo.TypeOf(a.leaf)), s.img(uriName), o.consequence(), s.img(fromArtifactName)))
	}
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
				"%s literal never sets %s, so the image does not validate and Packer fails the build's HCP Packer step; build it with %s, which fills both, or set them",
				s.img(imageName), strings.Join(missing, " and "), s.img(fromArtifactName)))
		}
	}
}
