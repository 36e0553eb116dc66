package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
)

// TestToolsModule follows the README's "separate tools module" install on a
// copy of a plugin module (examples/ without its own tool line): a go.mod
// of its own under tools/ whose go line is set to what parlint needs, that
// requires parlint, replaced by this checkout as it will be by a published
// version, then go tool -modfile=tools/go.mod parlint ./... in the plugin.
// The findings are the golden ones, the tools module's go line is still
// parlint's, and the plugin's go.mod and go.sum are left as they were.
func TestToolsModule(t *testing.T) {
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	plugin := copyExamples(t)
	goIn(t, plugin, "mod", "edit", "-droptool=github.com/parlint/parlint/cmd/parlint",
		"-dropreplace=github.com/parlint/parlint", "-droprequire=github.com/parlint/parlint")
	goIn(t, plugin, "mod", "tidy")
	before := readModFiles(t, plugin)

	tools := filepath.Join(plugin, "tools")
	if err := os.Mkdir(tools, 0o755); err != nil {
		t.Fatal(err)
	}
	goIn(t, tools, "mod", "init", "github.com/parlint/parlint/examples/tools")
	goIn(t, tools, "mod", "edit", "-go=1.25.0")
	goIn(t, tools, "mod", "edit", "-require=github.com/parlint/parlint@v0.1.0",
		"-replace=github.com/parlint/parlint="+root, "-tool=github.com/parlint/parlint/cmd/parlint")
	goIn(t, tools, "mod", "tidy")
	checkGoLine(t, filepath.Join(tools, "go.mod"), "1.25.0", filepath.Join(root, "go.mod"))

	cmd := exec.Command("go", append([]string{"tool", "-modfile=tools/go.mod", "parlint"}, onExamples(t, "./...")...)...)
	cmd.Dir = plugin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("go tool -modfile=tools/go.mod parlint ./...: %v, want exit status 3\n%s", err, stderr.String())
	}
	if got, want := textFindingsIn(t, plugin, stdout.String()), goldenText(t, ""); !slices.Equal(got, want) {
		t.Errorf("go tool -modfile=tools/go.mod parlint ./...:\ngot\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if after := readModFiles(t, plugin); after != before {
		t.Errorf("the plugin's go.mod or go.sum changed:\n%s\nwas\n%s", after, before)
	}
}

// checkGoLine checks that the tools module's go.mod still says go want,
// with no toolchain line, after go mod tidy, and that want is what parlint's
// own go.mod needs: the README sets the go line to it, so that teammates on
// an older Go than the one that ran go mod init do not switch toolchains.
func checkGoLine(t *testing.T, toolsMod, want, rootMod string) {
	t.Helper()
	for _, name := range []string{toolsMod, rootMod} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := modfile.ParseLax(name, data, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if f.Go != nil {
			got = f.Go.Version
		}
		switch {
		case name == rootMod && got != want:
			t.Errorf("%s says go %s: change the README's go mod edit -go=%s and this test to it", name, got, want)
		case got != want:
			t.Errorf("%s: go %s, want go %s as the README's go mod edit -go sets it", name, got, want)
		case name == toolsMod && f.Toolchain != nil:
			t.Errorf("%s: toolchain %s, want none", name, f.Toolchain.Name)
		}
	}
}

// goIn runs the go command in dir and fails the test if it fails.
func goIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
}

// readModFiles returns the plugin's go.mod and go.sum.
func readModFiles(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}
