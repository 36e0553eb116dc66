package parstate

import "strings"

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
			b.WriteString(category + "\n\n" + wrap(text, 76))
		case strings.HasPrefix(para, "\t"):
			b.WriteString("\n\n" + strings.TrimRight(para, "\n"))
		default:
			return b.String() + "\n\nSee " + URL + "#" + category + "\n", true
		}
	}
	return b.String() + "\n\nSee " + URL + "#" + category + "\n", found
}

// wrap joins the words of text into lines of at most width bytes, but for
// words longer than that.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		switch {
		case n == 0:
		case n+1+len(word) > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}
