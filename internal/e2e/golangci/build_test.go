package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cacheEnv names a directory that overrides where the built golangci-lint is
// kept between runs.
const cacheEnv = "PARLINT_E2E_CACHE"

// golangciLint returns the path of a golangci-lint built from this module,
// building it only when no build of the same sources is cached.
func golangciLint(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("building golangci-lint takes minutes")
	}
	key, err := sourceKey()
	if err != nil {
		t.Fatalf("hashing the sources: %v", err)
	}
	dir := cacheDir(t)
	bin := filepath.Join(dir, "golangci-lint-"+key[:16])
	if _, err := os.Stat(bin); err == nil {
		return bin
	}

	tmp, err := os.CreateTemp(dir, "build-*")
	if err != nil {
		t.Fatal(err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	t.Logf("building golangci-lint into %s", bin)
	cmd := exec.Command("go", "build", "-buildvcs=false", "-ldflags=-s -w", "-o", tmp.Name(), "./cmd/golangci-lint")
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// Rename so that a concurrent run never sees half a binary.
	if err := os.Rename(tmp.Name(), bin); err != nil {
		t.Fatal(err)
	}
	removeStaleGlob(dir, "golangci-lint-*", bin)
	return bin
}

// cacheDir returns the directory that keeps built binaries between runs.
func cacheDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(cacheEnv)
	if dir == "" {
		userCache, err := os.UserCacheDir()
		if err != nil {
			t.Fatalf("no cache directory (set %s): %v", cacheEnv, err)
		}
		dir = filepath.Join(userCache, "parlint-e2e")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// removeStaleGlob removes the files of dir matching pattern but keep: the
// builds of older sources.
func removeStaleGlob(dir, pattern, keep string) {
	old, _ := filepath.Glob(filepath.Join(dir, pattern))
	for _, f := range old {
		if f != keep {
			os.Remove(f)
		}
	}
}

// sourceKey returns a hash of everything the built binary depends on: the Go
// toolchain, this module's files, and the parlint module's go.mod, go.sum and
// non-test Go files (outside testdata and nested modules).
func sourceKey() (string, error) {
	h := sha256.New()
	env, err := exec.Command("go", "env", "GOVERSION", "GOOS", "GOARCH", "GOFLAGS").Output()
	if err != nil {
		return "", fmt.Errorf("go env: %w", err)
	}
	h.Write(env)
	for _, f := range []string{"go.mod", "go.sum", "cmd/golangci-lint/main.go"} {
		if err := hashFile(h, f); err != nil {
			return "", err
		}
	}
	err = filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == repoRoot {
				return nil
			}
			name := d.Name()
			if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // a nested module: examples/, this one
			}
			return nil
		}
		name := d.Name()
		isSource := strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
		if isSource || (filepath.Dir(path) == repoRoot && (name == "go.mod" || name == "go.sum")) {
			return hashFile(h, path)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashFile writes the name and contents of the file at path to w.
func hashFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(w, "%s\x00", filepath.ToSlash(path))
	_, err = io.Copy(w, f)
	return err
}
