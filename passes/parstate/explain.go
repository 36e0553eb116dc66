package parstate

import (
	"strings"

	"github.com/parlint/parlint/internal/textwrap"
)

// Explain returns the documentation of category from doc.go, as parlint
// -explain prints it: its name, its paragraph, its examples (the code block
// under the paragraph, with WRONG and RIGHT), and the link to its section of
// the README. It returns false for an unknown category.
func Explain(category string) (string, bool) {
	if !IsCategory(category) {
		return "", false
	}
	var b strings.Builder
	found := false
	for para := range strings.SplitSeq(packageDoc(), "\n\n") {
		switch {
		case !found:
			text, ok := strings.CutPrefix(para, category+": ")
			if !ok {
				continue
			}
			found = true
			b.WriteString(category + "\n\n" + textwrap.Wrap(text, 76))
		case strings.HasPrefix(para, "\t"):
			b.WriteString("\n\n" + strings.TrimRight(para, "\n"))
		default:
			return b.String() + "\n\nSee " + URL + "#" + category + "\n", true
		}
	}
	return b.String() + "\n\nSee " + URL + "#" + category + "\n", found
}
