// Package textwrap fills text into lines of a given width. It is a package of
// its own so that parstate, which wraps -explain's paragraphs, does not link
// the catalog's generators (text/template, go/format) into every parlint
// process, go vet's facts-only ones included.
package textwrap

import "strings"

// Wrap joins the words of text into lines of at most width bytes, but for
// words longer than that.
func Wrap(text string, width int) string {
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
