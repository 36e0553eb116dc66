package parstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

const directivePrefix = "//parlint:"

// directives returns the categories that the valid //parlint:ignore
// directives of file silence, by line.
func (r *reporter) directives(file *ast.File) map[int][]string {
	tf := r.pass.Fset.File(file.FileStart)
	if d, ok := r.byFile[tf]; ok {
		return d
	}
	byLine := map[int][]string{}
	for _, c := range directiveComments(file) {
		cats, _ := parseDirective(c.Text)
		line := tf.Line(c.Pos())
		byLine[line] = append(byLine[line], cats...)
	}
	r.byFile[tf] = byLine
	return byLine
}

// directiveComments returns the //parlint: comments of file.
func directiveComments(file *ast.File) []*ast.Comment {
	var out []*ast.Comment
	for _, group := range file.Comments {
		for _, c := range group.List {
			if strings.HasPrefix(c.Text, directivePrefix) {
				out = append(out, c)
			}
		}
	}
	return out
}

// docDirectives returns the categories silenced by the directives in doc.
func docDirectives(doc *ast.CommentGroup) []string {
	if doc == nil {
		return nil
	}
	var cats []string
	for _, c := range doc.List {
		if strings.HasPrefix(c.Text, directivePrefix) {
			cs, _ := parseDirective(c.Text)
			cats = append(cats, cs...)
		}
	}
	return cats
}

// silenced reports whether a directive on the line of pos or the line above
// silences category.
func (r *reporter) silenced(file *ast.File, pos token.Pos, category string) bool {
	byLine := r.directives(file)
	line := r.pass.Fset.File(pos).Line(pos)
	return slices.Contains(byLine[line], category) || slices.Contains(byLine[line-1], category)
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
