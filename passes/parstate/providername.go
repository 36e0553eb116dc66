package parstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// Category provider-name: an image built on the registry path keeps the
// artifact's builder ID as its ProviderName: consumers that query HCP Packer
// by platform do not find it.

// CategoryProviderName is the category of provider-name findings.
const CategoryProviderName = "provider-name"

var providerName = check{category: CategoryProviderName, on: onRegistryPath, run: checkProviderName, followUp: true}

// checkProviderName reports the FromArtifact calls of the path whose image
// keeps the builder ID as its ProviderName: no WithProvider among the
// options, no option of the package that assigns it, no assignment of the
// field anywhere on the path. By default only where the package publishes
// its other images under one explicit provider, which the fix passes;
// strict mode reports every one. A builder ID that is itself a platform's
// name (one word, no dot) is left alone.
func checkProviderName(t *target) {
	c, s, p := t.c, t.s, t.p
	if p.written[providerField] || len(p.fromArtifacts) == 0 {
		return // the package's provider is looked for only where an image may need it
	}
	provider := c.packageProvider()
	if provider == "" && !t.strict {
		return
	}
	for _, cur := range p.fromArtifacts {
		call := cur.Node().(*ast.CallExpr)
		if len(call.Args) == 0 || optionsSet(c, t.k, cur, call, withProviderName, providerField) ||
			c.builderIDIsPlatform(call.Args[0], provider) {
			continue
		}
		advice := fmt.Sprintf("pass %s(%s), the provider this package's other images are published under",
			s.img(withProviderName), strconv.Quote(provider))
		var proposal proposedFix
		if provider != "" {
			proposal = optionFix(c, withProviderName, strconv.Quote(provider), call)
		} else {
			advice = "pass " + s.img(withProviderName) + ` with the cloud or service's name, as the SDK documents it ("aws", "azure", "gce", "docker", "vsphere")`
		}
		s.report(CategoryProviderName, call, fmt.Sprintf(
			"image built by %s keeps the artifact's builder ID as its ProviderName, so consumers that query HCP Packer by platform do not find it; %s",
			s.img(fromArtifactName), advice), proposal)
	}
}

// builderIDIsPlatform reports whether the artifact a's BuilderId, declared
// in the package, returns a constant that already names a platform on every
// path: provider itself, or, when provider is "", one word without a dot.
func (c *pkgContext) builderIDIsPlatform(a ast.Expr, provider string) bool {
	named := receiverNamed(c.pass.TypesInfo.TypeOf(a))
	if named == nil || !c.isArtifact(types.NewPointer(named)) {
		return false
	}
	ids := c.methodStrings(named, "BuilderId", true)
	if len(ids) == 0 {
		return false
	}
	for _, id := range ids {
		if provider != "" && id != provider || provider == "" && (id == "" || strings.ContainsAny(id, ".-/")) {
			return false
		}
	}
	return true
}
