package parstate

import (
	"go/token"
)

// A Result is what the analyzer returns for a package: every artifact type
// whose State it found, and what it did with each. Drivers print it under -v,
// so that a clean run says what was looked at ("3 artifacts checked, 1 left
// alone: it has no image to publish").
type Result struct {
	Artifacts []Artifact
}

// An Artifact is one artifact type's State method and parstate's verdict on it.
type Artifact struct {
	Type string    // the receiver's type, qualified by its package path
	Pos  token.Pos // the State method's name
	// Checked is true when parstate checked the State method's registry path.
	Checked bool
	// Reason says, when Checked is false, why parstate left it alone, in
	// words fit for a user: "it has no image to publish: its name says
	// \"checksum\"", "State forwards the key to code parlint cannot see".
	Reason string
	// Withheld, when set, is the first error of a file that does not
	// type-check or parse, at WithheldPos, in which parstate withholds the
	// artifact's findings: its State's file, or a file of its registry path.
	// What parstate sees there is a guess at what the code will be.
	Withheld    string
	WithheldPos token.Pos
}

// Reasons an artifact is left alone.
const (
	reasonForwards = "State forwards the key to code parlint cannot see"
	reasonSDK      = "the SDK's own package"
)

// add records the verdict on a State method.
func (r *Result) add(sm *stateMethod, checked bool, reason string, withheld *fileError) {
	a := Artifact{
		Type:    sm.named.Obj().Pkg().Path() + "." + sm.typeName,
		Pos:     sm.decl.Name.Pos(),
		Checked: checked,
		Reason:  reason,
	}
	if withheld != nil {
		a.Withheld, a.WithheldPos = withheld.msg, withheld.pos
	}
	r.Artifacts = append(r.Artifacts, a)
}

// verdict returns why parstate leaves the artifact of sm alone, or "" when
// it checks its registry path.
func verdict(c *pkgContext, sm *stateMethod, k *keyUse, strict bool) string {
	switch {
	case k.unmodelled != "":
		return "parlint could not model State (" + k.unmodelled + "), so it reports nothing on it"
	case k.dispatches:
		return ""
	case k.forwards:
		return reasonForwards
	}
	if _, what := c.unknownKeyAnswer(sm, k); what == outcomeFails {
		return "" // its State fails the build: state-uri-missing reports it, whatever it is
	}
	switch kind := c.kindOf(sm.idOwner); {
	case !kind.image:
		return "it has no image to publish: " + kind.why
	case !kind.named && !strict:
		return "its Id is " + kind.why + ", not an image identity (-strict reports it)"
	}
	return ""
}
