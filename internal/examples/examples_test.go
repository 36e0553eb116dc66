package examples

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/parlint/parlint/internal/synth"
)

func TestMarks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b/b.go":      "package b\n\nfunc f() {\n\t// parlint reports: error-ignored — why\n\t_ = 1\n\t// parlint reports: sourceid-missing\n\t_ = 2\n}\n",
		"a.go":        "package a\n\n// parlint reports: state-uri-missing — why\nfunc g() {}\n",
		"b/b_test.go": "package b\n\n// the error parlint reports as discarded\n",
		"README.md":   "// parlint reports: error-return\n",
	}
	if err := synth.WriteFiles(dir, files); err != nil {
		t.Fatal(err)
	}
	marks, err := Marks(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Mark{
		{"a.go", 4, "state-uri-missing"},
		{"b/b.go", 5, "error-ignored"},
		{"b/b.go", 7, "sourceid-missing"},
	}
	if !slices.Equal(marks, want) {
		t.Errorf("Marks = %v, want %v (the line after each comment, Go files only)", marks, want)
	}
	if got, want := Categories(marks), []string{"error-ignored", "sourceid-missing", "state-uri-missing"}; !slices.Equal(got, want) {
		t.Errorf("Categories = %v, want %v", got, want)
	}
	if got, want := Others([]string{"x", "error-ignored", "y"}, Categories(marks)), []string{"x", "y"}; !slices.Equal(got, want) {
		t.Errorf("Others = %v, want %v", got, want)
	}
	if _, err := Marks(filepath.Join(dir, "nope")); err == nil {
		t.Error("Marks of a directory that does not exist: no error")
	}
}
