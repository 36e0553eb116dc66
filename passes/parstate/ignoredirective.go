package parstate

// Category ignore-directive: a //parlint:ignore directive with no category,
// an unknown category, or no reason, or an unknown //parlint: directive. A
// malformed directive silences nothing.

// CategoryIgnoreDirective is the category of ignore-directive findings.
const CategoryIgnoreDirective = "ignore-directive"

var ignoreDirective = check{category: CategoryIgnoreDirective, on: inEveryPackage, run: checkIgnoreDirective}

// checkIgnoreDirective reports the malformed //parlint: directives of the
// package's files.
func checkIgnoreDirective(t *target) {
	r := t.r
	for _, file := range r.pass.Files {
		for _, c := range directiveComments(file) {
			if _, problem := parseDirective(c.Text); problem != "" {
				r.add(CategoryIgnoreDirective, c.Pos(), c.End(), problem)
			}
		}
	}
}
