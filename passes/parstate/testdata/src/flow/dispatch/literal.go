package dispatch

import "strings"

func isHCPKey(k string) bool { return strings.EqualFold(k, "par.artifact.metadata") } // want `^key compared with the literal "par\.artifact\.metadata"; use registryimage\.ArtifactStateURI`

// Literal tests the key with a predicate that spells the URI.
type Literal struct{ base }

func (a *Literal) State(name string) interface{} {
	if isHCPKey(name) {
		return image(a, a.Data["region"].(string), a.Source) // want `^unchecked type assertion a\.Data\["region"\]\.\(string\) on the registry path`
	}
	return nil
}
