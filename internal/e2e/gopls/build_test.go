//go:build e2e

package gopls

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	goplsVersion  = "v0.23.0"
	parlintModule = "github.com/parlint/parlint"

	// Environment variables that change where the test finds gopls.
	envCache = "PARLINT_E2E_CACHE" // directory of cached builds
	envGopls = "PARLINT_E2E_GOPLS" // a gopls to test instead of building one
)

// root is the parlint checkout, found once.
var root = sync.OnceValues(func() (string, error) {
	out, err := goOutput(".", "list", "-m", "-f", "{{.Dir}}", parlintModule)
	return strings.TrimSpace(out), err
})

// goplsBinary returns the gopls to test: the one named by PARLINT_E2E_GOPLS,
// or a build of cmd/parlint-gopls for the current source, taken from the
// cache when it is there.
var goplsBinary = sync.OnceValues(func() (string, error) {
	if bin := os.Getenv(envGopls); bin != "" {
		return bin, nil
	}
	dir, err := root()
	if err != nil {
		return "", err
	}
	cache, err := cacheDir()
	if err != nil {
		return "", err
	}
	key, err := buildKey(dir)
	if err != nil {
		return "", fmt.Errorf("hashing parlint's source: %v", err)
	}
	bin := filepath.Join(cache, "gopls-"+goplsVersion+"-"+key[:16])
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := build(dir, bin); err != nil {
		return "", err
	}
	removeStale(cache, bin)
	return bin, nil
})

func cacheDir() (string, error) {
	dir := os.Getenv(envCache)
	if dir == "" {
		user, err := os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("no cache directory (set %s): %v", envCache, err)
		}
		dir = filepath.Join(user, "parlint-e2e")
	}
	return dir, os.MkdirAll(dir, 0o755)
}

// buildKey hashes what the built gopls depends on besides gopls itself: the
// Go version, parlint's go.mod and go.sum, and the files of every parlint
// package that the analyzer or cmd/parlint-gopls is built from.
func buildKey(dir string) (string, error) {
	h := sha256.New()
	goVersion, err := goOutput(dir, "env", "GOVERSION")
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "gopls %s\ngo %s\n", goplsVersion, strings.TrimSpace(goVersion))
	files := []string{filepath.Join(dir, "go.mod"), filepath.Join(dir, "go.sum")}
	out, err := goOutput(dir, "list", "-e", "-deps", "-json=Dir,GoFiles,CgoFiles,EmbedFiles,Module",
		"./passes/parstate", "./cmd/parlint-gopls")
	if err != nil {
		return "", err
	}
	for dec := json.NewDecoder(strings.NewReader(out)); dec.More(); {
		var p struct {
			Dir                           string
			GoFiles, CgoFiles, EmbedFiles []string
			Module                        *struct{ Path string }
		}
		if err := dec.Decode(&p); err != nil {
			return "", err
		}
		if p.Module == nil || p.Module.Path != parlintModule {
			continue
		}
		for _, list := range [][]string{p.GoFiles, p.CgoFiles, p.EmbedFiles} {
			for _, f := range list {
				files = append(files, filepath.Join(p.Dir, f))
			}
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			return "", err
		}
		rel, _ := filepath.Rel(dir, f)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// build runs cmd/parlint-gopls to write a gopls to bin, through a temporary
// file so that an interrupted build leaves nothing in the cache.
func build(dir, bin string) error {
	tmp := fmt.Sprintf("%s.tmp%d", bin, os.Getpid())
	defer os.Remove(tmp)
	start := time.Now()
	cmd := exec.Command("go", "run", "./cmd/parlint-gopls", "-gopls-version", goplsVersion, "-o", tmp)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if testing.Verbose() {
		cmd.Stdout = io.MultiWriter(&out, os.Stderr)
		cmd.Stderr = cmd.Stdout
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building gopls with parlint: %v\n%s", err, out.Bytes())
	}
	fmt.Fprintf(os.Stderr, "e2e: built %s in %s\n", bin, time.Since(start).Round(time.Second))
	return os.Rename(tmp, bin)
}

// removeStale deletes cached builds other than keep, whose source is gone,
// leaving other runs' builds in progress alone.
func removeStale(cache, keep string) {
	old, _ := filepath.Glob(filepath.Join(cache, "gopls-*"))
	for _, f := range old {
		if f != keep && !strings.Contains(filepath.Base(f), ".tmp") {
			os.Remove(f)
		}
	}
}

// goOutput runs the go command in dir and returns its standard output.
func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		if exit, ok := err.(*exec.ExitError); ok {
			err = fmt.Errorf("%v: %s", err, bytes.TrimSpace(exit.Stderr))
		}
		return "", fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	return string(out), nil
}
