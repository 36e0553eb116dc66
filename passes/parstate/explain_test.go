package parstate

import (
	"strings"
	"testing"
)

// TestExplain checks that every category has its paragraph and an example
// with a WRONG and a RIGHT case in doc.go, and that Explain returns them.
func TestExplain(t *testing.T) {
	for _, c := range Categories() {
		text, ok := Explain(c)
		if !ok {
			t.Errorf("Explain(%q): not found", c)
			continue
		}
		_, full := Describe(c)
		if !strings.HasPrefix(text, c+"\n\n") || !strings.Contains(strings.Join(strings.Fields(text), " "), full) {
			t.Errorf("Explain(%q) does not start with the category and its paragraph:\n%s", c, text)
		}
		if !strings.Contains(text, "\n\t") || !strings.Contains(text, "WRONG") || !strings.Contains(text, "RIGHT") {
			t.Errorf("Explain(%q) has no example with WRONG and RIGHT:\n%s", c, text)
		}
		if !strings.HasSuffix(text, "See "+URL+"#"+c+"\n") {
			t.Errorf("Explain(%q) does not end with the link to its section:\n%s", c, text)
		}
		if strings.Contains(text, "\n\n\n") || strings.Contains(text, "# ") {
			t.Errorf("Explain(%q) runs into another section:\n%s", c, text)
		}
	}
	if _, ok := Explain("nope"); ok {
		t.Error(`Explain("nope") found a category`)
	}
}
