package parstate

import (
	"fmt"
	"strings"
)

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

// parseDirective parses the text of a //parlint: comment. It returns the
// categories a valid directive silences and, for a malformed one, a message
// saying what is wrong.
func parseDirective(text string) (cats []string, problem string) {
	rest := strings.TrimPrefix(text, directivePrefix)
	verb, args, _ := strings.Cut(rest, " ")
	if verb != "ignore" {
		return nil, fmt.Sprintf("unknown directive %s%s; the only parlint directive is //parlint:ignore CATEGORY[,CATEGORY] reason", directivePrefix, verb)
	}
	list, reason, _ := strings.Cut(strings.TrimSpace(args), " ")
	if list == "" {
		return nil, "//parlint:ignore names no category; write //parlint:ignore CATEGORY[,CATEGORY] reason"
	}
	var unknown []string
	for name := range strings.SplitSeq(list, ",") {
		if IsCategory(name) {
			cats = append(cats, name)
		} else {
			unknown = append(unknown, fmt.Sprintf("%q", name))
		}
	}
	if strings.TrimSpace(reason) == "" || len(unknown) > 0 {
		cats = nil // a malformed directive silences nothing
	}
	switch {
	case len(unknown) > 0:
		problem = fmt.Sprintf("//parlint:ignore names unknown category %s; known: %s", strings.Join(unknown, ", "), strings.Join(Categories(), ", "))
	case strings.TrimSpace(reason) == "":
		problem = "//parlint:ignore needs a reason after the categories, so the next reader knows why the finding is wrong"
	}
	return cats, problem
}
