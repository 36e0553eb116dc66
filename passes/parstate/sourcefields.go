package parstate

import (
	"go/types"
	"strings"
)

// This file guesses which field of an artifact holds the source image's
// ID, for sourceid-missing's message and fix and for state-uri-missing's
// inserted branch.

// A sourceGuess is what parstate can tell of the source image ID where an
// image is built: value, the expression that clearly holds it, or "" with
// the fields that may hold it.
type sourceGuess struct {
	value      string
	candidates []string
}

// source returns the guess for an image built from the artifact variable
// recv ("" when the artifact is not a variable of the State's type).
func (sm *stateMethod) source(recv string) sourceGuess {
	idField, candidates := sourceFields(sm.named)
	field := func(f string) string {
		if recv == "" {
			return f
		}
		return recv + "." + f
	}
	if idField != nil && recv != "" {
		v := field(idField.Name())
		if !types.Identical(idField.Type(), types.Typ[types.String]) {
			v = "string(" + v + ")" // WithSourceID takes a string
		}
		return sourceGuess{value: v}
	}
	g := sourceGuess{}
	for _, f := range candidates {
		g.candidates = append(g.candidates, field(f))
	}
	return g
}

// hint says what to write to set the source image ID: the option, or the
// literal's field, with the value when it is clear, else with the fields
// that may hold it.
func (g sourceGuess) hint(s *stateReporter, option bool) string {
	what := sourceIDField + " to the source image's ID"
	switch {
	case option && g.value != "":
		return s.img(withSourceIDName) + "(" + g.value + ")"
	case g.value != "":
		return sourceIDField + ": " + g.value
	case option:
		what = s.img(withSourceIDName) + " with the source image's ID"
	}
	if len(g.candidates) > 0 {
		what += " (no field clearly holds it; candidates: " + strings.Join(g.candidates, ", ") + ")"
	}
	return what
}

// sourceFields returns the string fields of the artifact type, direct or
// promoted from an embedded struct, that may hold the source image ID: their
// name has a word source, src, base or parent, and a selector of that name
// on the artifact reaches the field (no method or other field hides it).
// idField is the one among them whose name also names an image ID
// (SourceImage, SourceAMI, BaseImageID, ParentImageName) and nothing else
// (SourcePath, BaseDir, SourceImageFamily), or "" when there is not exactly
// one: only that field is written by a fix.
func sourceFields(named *types.Named) (idField *types.Var, candidates []string) {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	var idFields []*types.Var
	for _, f := range selectableFields(named, st, func(f *types.Var) bool { return isString(f.Type()) && mentionsSource(f.Name()) }) {
		candidates = append(candidates, f.Name())
		if namesImage(f.Name()) {
			idFields = append(idFields, f)
		}
	}
	if len(idFields) == 1 {
		idField = idFields[0]
	}
	return idField, candidates
}

// selectableFields returns the fields of the artifact named, whose
// underlying struct is st, direct or promoted from a struct it embeds, that
// keep keeps and that a selector of their name on the artifact reaches: no
// method or shallower field hides them, and they are not ambiguous.
func selectableFields(named *types.Named, st *types.Struct, keep func(*types.Var) bool) []*types.Var {
	var fields, out []*types.Var
	collectFields(named.Obj().Pkg(), st, 0, keep, &fields)
	for _, f := range fields {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), f.Name()); obj == f {
			out = append(out, f)
		}
	}
	return out
}

// collectFields appends to found the fields of st, and of the structs it
// embeds two levels deep, that are selectable from pkg and that keep keeps.
func collectFields(pkg *types.Package, st *types.Struct, depth int, keep func(*types.Var) bool, found *[]*types.Var) {
	for f := range st.Fields() {
		if !f.Exported() && f.Pkg() != pkg {
			continue // not selectable from the artifact's package
		}
		if f.Embedded() && depth < 2 {
			if inner, ok := derefStruct(f.Type()); ok {
				collectFields(pkg, inner, depth+1, keep, found)
			}
			continue
		}
		if keep(f) {
			*found = append(*found, f)
		}
	}
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	st, ok := deref(t).Underlying().(*types.Struct)
	return st, ok
}

// mentionsSource reports whether a camel-case or snake-case identifier has a
// word source, src, base or parent (so "Database" does not count).
func mentionsSource(name string) bool {
	return hasWord(name, "source", "src", "base", "parent")
}

// namesImage reports whether a field name that mentions the source also names
// an image, and neither a file system or network location nor another
// property of the image: SourceImage, SourceAMI, BaseImageID,
// ParentImageName, SourceID, but not SourcePath, BaseDir, SourceImageURL,
// SourceImageFamily, SourceImageProjectID.
func namesImage(name string) bool {
	return hasWord(name, "image", "img", "ami", "id", "snapshot") &&
		!hasWord(name, "path", "dir", "directory", "file", "folder", "url", "uri", "checksum",
			"family", "project", "region", "zone", "type", "version", "format", "size", "owner", "filter")
}

// hasWord reports whether a camel-case or snake-case identifier has one of
// words, compared without case.
func hasWord(name string, words ...string) bool {
	for _, w := range splitWords(name) {
		for _, want := range words {
			if strings.EqualFold(w, want) {
				return true
			}
		}
	}
	return false
}
