package parstate_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/passes/parstate"
)

// strictCategories are the categories strict mode changes, which its
// scenarios run with: state-uri-missing's and provider-name's. Like
// scenarioCategories, it names them, so that a category added later changes
// no strict scenario.
var strictCategories = append(slices.Clone(scenarioCategories), parstate.CategoryProviderName)

// strictAnalyzer returns an analyzer of cfg for strict mode's scenarios.
func strictAnalyzer(cfg parstate.Config) *analysis.Analyzer {
	cfg.Disable = append(slices.Clone(cfg.Disable), others(strictCategories...)...)
	return analyzerOf(cfg)
}

// TestStrict checks that strict mode reports the images whose State never
// answers the URI, their Id an image identity or not, and nothing that
// holds no image, and respects an explicit nil for the URI. The default
// reports, of the same packages, only the findings on a line that follows
// one that says "// default: reported".
func TestStrict(t *testing.T) {
	runScenarios().check(t, "TestStrict")
	dirs, err := filepath.Glob(filepath.Join("testdata", "src", "strict", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range append(dirs, filepath.Join("testdata", "src", "strict")) {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		pkgPath := filepath.ToSlash(strings.TrimPrefix(dir, filepath.Join("testdata", "src")+string(filepath.Separator)))
		want := markedLines(t, dir, "// default: reported")
		for _, d := range diagnostics(t, strictAnalyzer(parstate.Config{}), pkgPath) {
			file, rest, _ := strings.Cut(d, ":")
			line, _, _ := strings.Cut(rest, ":")
			if key := file + ":" + line; want[key] {
				delete(want, key)
			} else {
				t.Errorf("%s: default mode reported %s", pkgPath, d)
			}
		}
		for key := range want {
			t.Errorf("%s: default mode reported nothing at %s", pkgPath, key)
		}
	}
}

// markedLines returns "file.go:N" for each line N of dir's Go files that
// follows a line holding only marker.
func markedLines(t *testing.T, dir, marker string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.TrimSpace(line) == marker {
				out[filepath.Base(f)+":"+strconv.Itoa(i+2)] = true
			}
		}
	}
	return out
}
