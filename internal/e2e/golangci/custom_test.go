package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const customCfg = repoRoot + "/.custom-gcl.yml"

// golangciRepo is the repository golangci-lint custom clones.
const golangciRepo = "https://github.com/golangci/golangci-lint.git"

// TestCustom builds golangci-lint as the README tells users to, with
// `golangci-lint custom` and the repository's .custom-gcl.yml (its plugin's
// version line replaced by a path to this checkout, as the file says), and
// runs the binary it builds on examples/. golangci-lint custom clones
// golangci-lint from GitHub; here the clone comes from a local git
// repository made of the same version's module zip, which git is pointed at
// with url.<mirror>.insteadOf in GIT_CONFIG_* variables (golangci-lint keeps
// those when it runs git). Everything else comes from the Go module proxy.
func TestCustom(t *testing.T) {
	custom := customGCL(t, golangciLint(t))
	want := readGolden(t)
	got, stderr, err := lint(t, custom, exampleConfig(t))
	if exitCode(err) != wantExitCode(want) {
		t.Fatalf("custom-gcl exited with %v, want code %d; stderr:\n%s", err, wantExitCode(want), stderr)
	}
	compare(t, got, findingsOf(want, nil))
}

// customGCL returns the path of the binary that golangci-lint custom, run
// with bin, builds from .custom-gcl.yml, building it only when no build of
// the same sources and configuration is cached.
func customGCL(t *testing.T, bin string) string {
	t.Helper()
	cfg, err := os.ReadFile(customCfg)
	if err != nil {
		t.Fatal(err)
	}
	key, err := sourceKey()
	if err != nil {
		t.Fatalf("hashing the sources: %v", err)
	}
	sum := sha256.Sum256([]byte(key + string(cfg)))
	out := filepath.Join(cacheDir(t), "custom-gcl-"+hex.EncodeToString(sum[:8]))
	if _, err := os.Stat(out); err == nil {
		return out
	}

	version := regexp.MustCompile(`(?m)^version:\s*(\S+)`).FindSubmatch(cfg)
	if version == nil {
		t.Fatalf("%s names no golangci-lint version", customCfg)
	}
	mirror := mirrorGolangci(t, string(version[1]))

	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	// As the file says: a local checkout replaces the version line with a path.
	local := regexp.MustCompile(`(?m)^(\s+)version:.*$`).ReplaceAll(cfg, []byte("${1}path: "+root))
	work := t.TempDir()
	if err := os.WriteFile(filepath.Join(work, ".custom-gcl.yml"), local, 0o644); err != nil {
		t.Fatal(err)
	}

	t.Logf("golangci-lint custom: building %s", out)
	cmd := exec.Command(bin, "custom", "-v")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOWORK=off",
		"GIT_CONFIG_COUNT=1",
		"GIT_CONFIG_KEY_0=url.file://"+mirror+".insteadOf",
		"GIT_CONFIG_VALUE_0="+golangciRepo,
	)
	if log, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("golangci-lint custom: %v\n%s", err, log)
	}
	built := filepath.Join(work, "custom-gcl")
	if err := os.Rename(built, out); err != nil {
		t.Fatal(err)
	}
	removeStaleGlob(filepath.Dir(out), "custom-gcl-*", out)
	return out
}

// mirrorGolangci makes a git repository of golangci-lint's module at
// version, from the module proxy, with a tag for the version, and returns
// its directory.
func mirrorGolangci(t *testing.T, version string) string {
	t.Helper()
	dl := exec.Command("go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+version)
	dl.Env = append(os.Environ(), "GOWORK=off")
	data, err := dl.Output()
	if err != nil {
		t.Fatalf("go mod download golangci-lint %s: %v", version, err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(data, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download golangci-lint %s: %v\n%s", version, err, data)
	}
	mirror := filepath.Join(t.TempDir(), "golangci-lint")
	if err := os.CopyFS(mirror, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"init", "-q"},
		{"add", "-A"},
		{"-c", "user.name=parlint e2e", "-c", "user.email=e2e@parlint.invalid", "commit", "-q", "-m", "golangci-lint " + version + " from the module proxy"},
		{"tag", version},
	} {
		git := exec.Command("git", args...)
		git.Dir = mirror
		if out, err := git.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	return mirror
}
