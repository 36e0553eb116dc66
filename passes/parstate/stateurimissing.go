package parstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"

	"github.com/parlint/parlint/internal/edit"
)

// Category state-uri-missing: State never answers ArtifactStateURI, so the
// artifact's images never reach the registry.

// CategoryURIMissing is the category of state-uri-missing findings.
const CategoryURIMissing = "state-uri-missing"

var stateURIMissing = check{category: CategoryURIMissing, on: onEveryState, run: checkStateURIMissing}

// checkStateURIMissing reports a State that never answers the URI, more
// urgently when what it returns for a key it does not know fails the build or
// is dropped. What the artifact is decides (kind.go): one with no image is
// left alone, and one whose Id does not name its image is left to strict
// mode, unless its State fails the build anyway.
func checkStateURIMissing(t *target) {
	c, s, sm, k := t.c, t.s, t.sm, t.k
	if k.dispatchesOrMay(c) {
		return
	}
	if k.unmodelled != "" {
		return // what State does is unknown: no finding
	}
	fallback, what := c.unknownKeyAnswer(sm, k)
	kind := c.kindOf(sm.idOwner)
	if (!kind.image || !kind.named && !t.strict) && what != outcomeFails {
		return
	}
	todo, fixable := uriMissingAdvice(c, s, sm, k, kind)
	msg := fmt.Sprintf("%s.State never answers %s, so HCP Packer never hears of this artifact's images; %s",
		sm.typeName, s.img(uriName), todo)
	if what != outcomeUnknown && what != outcomeSkipped {
		msg = fmt.Sprintf("%s.State never answers %s and returns %s for that key: %s; %s",
			sm.typeName, s.img(uriName), s.describe(fallback), what.consequence(), todo)
	}
	var proposal proposedFix
	if fixable {
		if why := c.imageUnavailable(); why != "" {
			msg += " (no automatic fix: " + why + ")"
		} else {
			proposal = uriMissingFix(c, sm)
		}
	}
	s.report(CategoryURIMissing, sm.decl.Name, msg, proposal)
}

// uriMissingAdvice says what to write for the URI, and whether the fix can
// write it: nil for an artifact with no image, forward the key to a
// wrapped artifact, publish with WithID when Id does not name the image,
// one image per region when Id joins several.
func uriMissingAdvice(c *pkgContext, s *stateReporter, sm *stateMethod, k *keyUse, kind artifactKind) (string, bool) {
	todo := "add a branch for that key that returns the image built by " + s.img(fromArtifactName)
	if sm.param == nil {
		todo = "name the key parameter and " + todo
	}
	switch {
	case !kind.image:
		return "it has no image to publish (" + kind.why + "), so return nil for that key", false
	case !kind.named:
		id := s.img("WithID") + " of the real image ID"
		if kind.idField != "" {
			id = fmt.Sprintf("%s(%s.%s)", s.img("WithID"), receiverName(sm), kind.idField)
		}
		advice := fmt.Sprintf("its Id is %s, not an image identity, so add a branch for that key that returns the image built by %s with %s",
			kind.why, s.img(fromArtifactName), id)
		if !c.alwaysNil(sm, k) {
			advice += ", or return nil for that key to publish nothing"
		}
		return advice, false
	case c.idJoins(sm.idOwner):
		return "its Id joins several images into one string, so add a branch for that key that returns one image per region, built by " +
			s.img(fromMappedName), false
	}
	if inner := embeddedArtifact(sm.named); inner != "" && sm.recv != nil && sm.param != nil {
		return fmt.Sprintf("forward that key to the wrapped artifact: return %s.%s.State(%s)", sm.recv.Name(), inner, sm.param.Name()), true
	}
	return todo, true
}

// receiverName returns the name of sm's receiver, or "a" when it has none.
func receiverName(sm *stateMethod) string {
	if sm.recv != nil {
		return sm.recv.Name()
	}
	return "a"
}

// uriMissingFix inserts the documented branch at the top of State. It
// deletes nothing: a one-line body it rewrites keeps its text.
func uriMissingFix(c *pkgContext, sm *stateMethod) proposedFix {
	body := sm.decl.Body
	if sm.param == nil || sm.recv == nil || sm.embedded || isSingleForward(body) {
		return proposedFix{}
	}
	f, ok := c.editFile(sm.decl.Pos())
	if !ok {
		return proposedFix{}
	}
	at := body.Lbrace + 1
	if inner := embeddedArtifact(sm.named); inner != "" {
		return forwardFix(c, f, sm, inner)
	}
	img, imports, ok := c.importFor(f, at, imagePath, imageDefault)
	if !ok {
		return proposedFix{}
	}
	logStmt, logImport, ok := c.logImageError(f, at, "%s", "err")
	if !ok {
		return proposedFix{}
	}
	artifact := sm.recv.Name()
	if !hasArtifactMethods(sm.recv.Type()) {
		artifact = "&" + artifact // a value receiver whose other methods have pointer receivers: only the pointer is an artifact
	}
	opts := ""
	if p := c.packageProvider(); p != "" {
		opts = fmt.Sprintf(", %s(%s)", qualify(img, "WithProvider"), strconv.Quote(p)) // the provider the package publishes under
	}
	if g := c.regionAt(sm, sm.cur, sm.recv.Name()); g.value != "" {
		opts += fmt.Sprintf(", %s(%s)", qualify(img, withRegionName), g.value) // the artifact's one region field
	}
	if src := sm.source(sm.recv.Name()); src.value != "" {
		opts += fmt.Sprintf(", %s(%s)", qualify(img, withSourceIDName), src.value)
	}
	branch := fmt.Sprintf(`if %s == %s {
	img, err := %s(%s%s)
	if err != nil {
		%s
		return nil
	}
	return img
}`, sm.param.Name(), qualify(img, uriName), qualify(img, fromArtifactName), artifact, opts, logStmt)
	prepend, ok := f.Prepend(sm.decl, branch)
	if !ok {
		return proposedFix{}
	}
	return fix(f, "Answer "+qualify(img, uriName)+" with the image built by "+qualify(img, fromArtifactName),
		append(imports, logImport...), nil, prepend)
}

// isSingleForward reports whether body is a single return of a call, such as
// a wrapper's return a.inner.State(name): no branch belongs there.
func isSingleForward(body *ast.BlockStmt) bool {
	if len(body.List) != 1 {
		return false
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	_, ok = ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	return ok
}

// embeddedArtifact returns the name of the field of the struct named that
// embeds an artifact interface (packer.Artifact), whose State the
// receiver's shadows, or "". An embedded struct shares methods; an embedded
// interface is the artifact the type wraps.
func embeddedArtifact(named *types.Named) string {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for f := range st.Fields() {
		if f.Embedded() && f.Exported() && types.IsInterface(f.Type()) && hasArtifactMethods(f.Type()) {
			return f.Name()
		}
	}
	return ""
}

// forwardFix inserts a branch that forwards the key to the embedded
// artifact inner: the wrapper's images are the wrapped artifact's. Like
// uriMissingFix, it deletes nothing.
func forwardFix(c *pkgContext, f *edit.File, sm *stateMethod, inner string) proposedFix {
	at := sm.decl.Body.Lbrace + 1
	img, imports, ok := c.importFor(f, at, imagePath, imageDefault)
	if !ok {
		return proposedFix{}
	}
	call := fmt.Sprintf("%s.%s.State(%s)", sm.recv.Name(), inner, sm.param.Name())
	branch := fmt.Sprintf("if %s == %s {\n\treturn %s\n}", sm.param.Name(), qualify(img, uriName), call)
	prepend, ok := f.Prepend(sm.decl, branch)
	if !ok {
		return proposedFix{}
	}
	return fix(f, "Forward "+qualify(img, uriName)+" to "+call, imports, nil, prepend)
}
