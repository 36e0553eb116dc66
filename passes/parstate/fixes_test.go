package parstate

import "testing"

// TestFixPriority checks that the priority list names categories, each
// once: a misspelt or repeated one would rank a category last, or twice.
func TestFixPriority(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range fixPriority() {
		if !IsCategory(c) || seen[c] {
			t.Errorf("fixPriority: %q is not a category, or is listed twice", c)
		}
		seen[c] = true
	}
}
