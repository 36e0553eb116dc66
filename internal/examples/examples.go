// Package examples reads what parlint's bundled example plugin, examples/,
// says of itself: the "// parlint reports: CATEGORY" comment on the line
// above each spot parlint reports. The categories those comments name are
// the ones the example was written for: the end-to-end tests of the ways to
// run parlint (text, go vet, SARIF, -fix, golangci-lint, gopls) run those and
// disable the others, so that a category added later changes none of them,
// while one test holds examples/findings.golden to what every category
// reports.
package examples

import (
	"cmp"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// A Mark is a comment that says parlint reports Category on the line after
// it.
type Mark struct {
	File     string // slash-separated, relative to the example's root
	Line     int    // the reported line: the one after the comment
	Category string
}

var marker = regexp.MustCompile(`// parlint reports: ([a-z-]+)`)

// Marks returns the marks of the Go files under dir, by file and line.
func Marks(dir string) ([]Mark, error) {
	var marks []Mark
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			if m := marker.FindStringSubmatch(line); m != nil {
				marks = append(marks, Mark{filepath.ToSlash(rel), i + 2, m[1]})
			}
		}
		return nil
	})
	slices.SortFunc(marks, Mark.Compare)
	return marks, err
}

// Compare orders marks by file, line and category.
func (m Mark) Compare(o Mark) int {
	return cmp.Or(cmp.Compare(m.File, o.File), cmp.Compare(m.Line, o.Line), cmp.Compare(m.Category, o.Category))
}

// Categories returns the sorted categories that marks name.
func Categories(marks []Mark) []string {
	var cats []string
	for _, m := range marks {
		cats = append(cats, m.Category)
	}
	slices.Sort(cats)
	return slices.Compact(cats)
}

// Others returns the categories of all that are not in written, in all's
// order: those a test disables to run only the ones its fixture (the
// example, the synthetic plugin, a scenario) was written for.
func Others(all, written []string) []string {
	var rest []string
	for _, c := range all {
		if !slices.Contains(written, c) {
			rest = append(rest, c)
		}
	}
	return rest
}
