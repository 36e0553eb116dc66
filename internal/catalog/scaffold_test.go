package catalog_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/parlint/parlint/internal/catalog"
)

// TestScaffold adds a category to a copy of the module, as a contributor
// runs go run ./internal/cmd/newcheck labels-missing, and checks that it
// touches only its own files, doc.go and what derives from them, and that
// the result builds and the analyzer's tests pass, the new category's
// first scenario included.
func TestScaffold(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and tests a copy of the module")
	}
	root := copyModule(t)
	files, err := catalog.Scaffold(root, "scaffold-test")
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, f := range files {
		r, err := filepath.Rel(root, f)
		if err != nil {
			t.Fatal(err)
		}
		rel = append(rel, filepath.ToSlash(r))
	}
	slices.Sort(rel)
	want := []string{
		"README.md",
		"passes/parstate/checks.go",
		"passes/parstate/doc.go",
		"passes/parstate/scaffoldtest.go",
		"passes/parstate/testdata/src/scaffoldtest/basic/artifact.go",
	}
	if !slices.Equal(rel, want) {
		t.Errorf("Scaffold wrote %q, want %q", rel, want)
	}
	for _, name := range []string{"scaffold-test", "state-uri-missing", "stateuri-missing"} {
		if _, err := catalog.Scaffold(root, name); err == nil || !strings.Contains(err.Error(), "exists") {
			t.Errorf("Scaffold of %s beside scaffold-test: %v, want an error saying it exists", name, err)
		}
	}
	run(t, root, "go", "build", "./...")
	run(t, root, "go", "vet", "./passes/parstate", "./internal/catalog")
	out := run(t, root, "go", "test", "-count=1", "-timeout=10m", "-v", "./passes/parstate")
	if !strings.Contains(out, "--- PASS: TestCategories/scaffold-test") {
		t.Errorf("the new category's scenarios did not run:\n%s", out)
	}
}

func TestScaffoldBadName(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"Region", "region", "region_missing", "-region", "region-"} {
		if _, err := catalog.Scaffold(root, name); err == nil || !strings.Contains(err.Error(), "lower-case words joined by dashes") {
			t.Errorf("Scaffold(%q): %v, want an error saying what a name may be", name, err)
		}
	}
}

// run runs a command in dir and returns its output, failing the test when
// it fails.
func run(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	// -trimpath keeps the copy's temporary directory out of the build
	// cache's keys, so that a later run reuses what this one compiled. A
	// binary built so does not know GOROOT, which the analyzer's tests
	// need to find the standard library: it is set.
	root, err := goroot()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod -trimpath", "GOWORK=off", "GOROOT="+root)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// goroot returns the GOROOT of the go command, asked once.
var goroot = sync.OnceValues(func() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	return strings.TrimSpace(string(out)), err
})

// copyModule copies the root module, without its nested modules and git
// directory, into a temporary directory.
func copyModule(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if d.Name() == ".git" || rel != "." && isModule(path) {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// isModule reports whether dir is the root of a module of its own, which
// the root module's ./... leaves out. Testdata modules are copied: the
// analyzer's tests read them.
func isModule(dir string) bool {
	if strings.Contains(filepath.ToSlash(dir), "/testdata/") {
		return false
	}
	_, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil
}
