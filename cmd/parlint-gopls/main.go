// Command parlint-gopls builds a gopls with parlint's analyzer compiled in,
// so that editors show parlint's findings and offer its quick fixes.
//
// gopls cannot load third-party analyzers (golang/go#59869): its analyzer
// list is compiled in. parlint-gopls therefore fetches the gopls source
// through the Go module proxy, copies it to a work directory, adds one entry
// and one import to gopls's analyzer list, points the copy at this checkout
// of parlint, pins golang.org/x/tools to the version that gopls release
// requires (a newer one breaks its build), and runs go build.
//
// Usage, from a parlint checkout:
//
//	go run ./cmd/parlint-gopls -o ~/go/bin/gopls-parlint
//
// Flags:
//
//	-o FILE              where to write the gopls binary (required)
//	-gopls-version V     the gopls release to build (default v0.23.0)
//	-parlint DIR         the parlint checkout to build in (default: the one
//	                     the command runs from)
//	-work                keep the work directory and print its path
//	-v                   print each go command and its output
//
// The patch is anchored on the exact text of gopls's
// internal/settings/analysis.go; when a gopls release changes that file,
// parlint-gopls stops with a message naming the missing anchor rather than
// building a gopls without parlint.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// The gopls release this command is written for, and what it patches there.
const (
	defaultGoplsVersion = "v0.23.0"
	goplsModule         = "golang.org/x/tools/gopls"
	toolsModule         = "golang.org/x/tools"
	parlintModule       = "github.com/parlint/parlint"
	analyzerPkg         = parlintModule + "/passes/parstate"

	// settingsFile lists gopls's analyzers, in initAnalyzers.
	settingsFile = "internal/settings/analysis.go"

	// importAnchor is the import before which parstate's import goes, which
	// keeps the import block sorted and gofmt-clean.
	importAnchor = "\t\"golang.org/x/tools/go/analysis\"\n"
	importLine   = "\t\"" + analyzerPkg + "\"\n"

	// entryAnchor is the first entry of gopls's own analyzer list. An entry
	// with no severity and no nonDefault is a warning, enabled by default.
	entryAnchor = "\t\t{analyzer: atomicalign.Analyzer},\n"
	entryLine   = "\t\t{analyzer: parstate.New()}, // added by parlint-gopls\n"

	// placeholderVersion is the version required of parlint; the replace
	// directive makes it the local checkout.
	placeholderVersion = "v0.0.0-00010101000000-000000000000"
)

type options struct {
	out          string
	goplsVersion string
	parlintDir   string
	keepWork     bool
	verbose      bool
}

func main() {
	var o options
	flag.StringVar(&o.out, "o", "", "write the gopls binary to `file` (required)")
	flag.StringVar(&o.goplsVersion, "gopls-version", defaultGoplsVersion, "gopls `version` to build")
	flag.StringVar(&o.parlintDir, "parlint", "", "parlint checkout `dir` (default: the one the command runs from)")
	flag.BoolVar(&o.keepWork, "work", false, "keep the work directory and print its path")
	flag.BoolVar(&o.verbose, "v", false, "print each go command and its output")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: parlint-gopls -o file [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if o.out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(o); err != nil {
		fmt.Fprintf(os.Stderr, "parlint-gopls: %v\n", err)
		os.Exit(1)
	}
}

// A builder runs the steps of one build and reports them.
type builder struct {
	options
	work string // the work directory, holding the copy of gopls
	log  io.Writer
}

func run(o options) (err error) {
	start := time.Now()
	b := &builder{options: o, log: os.Stdout}
	if b.out, err = filepath.Abs(b.out); err != nil {
		return err
	}
	if b.parlintDir, err = findParlint(b.parlintDir); err != nil {
		return err
	}
	b.printf("parlint checkout: %s", b.parlintDir)

	if b.work, err = os.MkdirTemp("", "parlint-gopls-*"); err != nil {
		return err
	}
	if b.keepWork {
		b.printf("work directory: %s", b.work)
	} else {
		defer os.RemoveAll(b.work)
	}
	dir, tools, err := b.prepare()
	if err != nil {
		return err
	}
	if err := b.build(dir, tools); err != nil {
		return err
	}
	b.printf("built %s in %s", b.out, time.Since(start).Round(100*time.Millisecond))
	return nil
}

// prepare writes the patched copy of gopls to the work directory, and
// returns its directory and the version of golang.org/x/tools it pins.
func (b *builder) prepare() (dir, tools string, err error) {
	src, err := b.download()
	if err != nil {
		return "", "", err
	}
	dir = filepath.Join(b.work, "gopls")
	if err := copyTree(dir, src); err != nil {
		return "", "", fmt.Errorf("copying gopls source: %v", err)
	}
	b.printf("copied gopls %s from %s", b.goplsVersion, src)

	if err := patchAnalyzers(filepath.Join(dir, settingsFile), b.goplsVersion); err != nil {
		return "", "", err
	}
	b.printf("patched %s: added parstate to gopls's analyzers, enabled by default", settingsFile)

	if tools, err = b.editGoMod(dir); err != nil {
		return "", "", err
	}
	b.printf("go.mod: %s => %s; %s pinned at %s", parlintModule, b.parlintDir, toolsModule, tools)
	return dir, tools, nil
}

// build builds the gopls in dir and checks that it uses the pinned tools.
// -trimpath keeps the build cache's entries independent of the work
// directory's random name, so that a second build takes seconds.
func (b *builder) build(dir, tools string) error {
	start := time.Now()
	ldflags := "-X main.version=" + b.goplsVersion + "+parlint" // shown by gopls version
	if _, err := b.goCmd(dir, "build", "-mod=mod", "-trimpath", "-ldflags="+ldflags, "-o", b.out, "."); err != nil {
		return err
	}
	b.printf("go build took %s", time.Since(start).Round(100*time.Millisecond))
	return b.checkToolsVersion(tools)
}

func (b *builder) printf(format string, args ...any) {
	fmt.Fprintf(b.log, "parlint-gopls: "+format+"\n", args...)
}

// findParlint returns the absolute path of the parlint checkout: dir when it
// is set, otherwise the checkout that the current directory is in or uses.
func findParlint(dir string) (string, error) {
	if dir == "" {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", parlintModule).Output()
		dir = strings.TrimSpace(string(out))
		if err != nil || dir == "" {
			return "", fmt.Errorf("cannot find the parlint checkout from the current directory; run from it or pass -parlint")
		}
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	var mod struct{ Module struct{ Path string } }
	if err := goModJSON(dir, &mod); err != nil {
		return "", fmt.Errorf("-parlint %s: %v", dir, err)
	}
	if mod.Module.Path != parlintModule {
		return "", fmt.Errorf("-parlint %s: module is %q, not %s", dir, mod.Module.Path, parlintModule)
	}
	return dir, nil
}

// download fetches gopls through the module proxy and returns its directory
// in the module cache.
func (b *builder) download() (string, error) {
	out, err := b.goCmd(b.work, "mod", "download", "-json", goplsModule+"@"+b.goplsVersion)
	var mod struct{ Dir, Error string }
	if jsonErr := json.Unmarshal(out, &mod); jsonErr != nil && err == nil {
		err = jsonErr
	}
	if mod.Error != "" {
		return "", fmt.Errorf("downloading %s@%s: %s", goplsModule, b.goplsVersion, oneLine(mod.Error))
	}
	if err != nil || mod.Dir == "" {
		return "", fmt.Errorf("downloading %s@%s: %v", goplsModule, b.goplsVersion, err)
	}
	return mod.Dir, nil
}

// copyTree copies the directory tree src to dst, making the copies writable
// (the module cache is read-only).
func copyTree(dst, src string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil // the module zip format has no links or devices
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// patchAnalyzers adds parstate to the analyzer list in file. It fails when
// either anchor is not found exactly once, which means the gopls source has
// changed shape and this command needs updating.
func patchAnalyzers(file, version string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("gopls %s has no %s: this command needs updating for it", version, settingsFile)
	}
	src := string(data)
	if strings.Contains(src, analyzerPkg) {
		return fmt.Errorf("gopls %s: %s already imports %s", version, settingsFile, analyzerPkg)
	}
	for _, p := range []struct{ anchor, insert string }{
		{importAnchor, importLine},
		{entryAnchor, entryLine},
	} {
		if n := strings.Count(src, p.anchor); n != 1 {
			return fmt.Errorf("gopls %s: expected the line %q once in %s, found it %d times: this command needs updating for it",
				version, strings.TrimSpace(p.anchor), settingsFile, n)
		}
		src = strings.Replace(src, p.anchor, p.insert+p.anchor, 1)
	}
	return os.WriteFile(file, []byte(src), 0o644)
}

// editGoMod points the gopls copy in dir at the parlint checkout and pins
// golang.org/x/tools to the version gopls requires: the replace directive
// keeps parlint's own requirement from raising it. It returns that version.
func (b *builder) editGoMod(dir string) (string, error) {
	var mod struct {
		Require []struct{ Path, Version string }
	}
	if err := goModJSON(dir, &mod); err != nil {
		return "", fmt.Errorf("reading gopls's go.mod: %v", err)
	}
	var tools string
	for _, r := range mod.Require {
		if r.Path == toolsModule {
			tools = r.Version
		}
	}
	if tools == "" {
		return "", fmt.Errorf("gopls %s's go.mod does not require %s: this command needs updating for it", b.goplsVersion, toolsModule)
	}
	_, err := b.goCmd(dir, "mod", "edit",
		"-require="+parlintModule+"@"+placeholderVersion,
		"-replace="+parlintModule+"="+b.parlintDir,
		"-replace="+toolsModule+"="+toolsModule+"@"+tools)
	return tools, err
}

// checkToolsVersion reports an error unless the build selected want as the
// version of golang.org/x/tools.
func (b *builder) checkToolsVersion(want string) error {
	out, err := b.goCmd(b.work, "version", "-m", b.out)
	if err != nil {
		return err
	}
	// A replaced module shows as "dep path version" then "=> path version".
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "=>" && f[1] == toolsModule {
			if f[2] != want {
				return fmt.Errorf("built gopls uses %s %s, not the pinned %s", toolsModule, f[2], want)
			}
			return nil
		}
	}
	return fmt.Errorf("built gopls does not show the %s replacement in its build info", toolsModule)
}

// goCmd runs the go command in dir and returns its standard output. On
// failure it prints the command's standard error before returning a one-line
// error; with -v it prints the command and all its output as it runs.
func (b *builder) goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	// GOWORK=off: a go.work around the work directory must not leak in.
	// GOFLAGS is cleared so that a user's -mod=vendor cannot break the build.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if b.verbose {
		b.printf("(cd %s && go %s)", dir, strings.Join(args, " "))
		cmd.Stdout = io.MultiWriter(&stdout, os.Stdout)
		cmd.Stderr = io.MultiWriter(&stderr, os.Stderr)
	}
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if !b.verbose && msg != "" {
			fmt.Fprintln(os.Stderr, msg)
		}
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			err = fmt.Errorf("%s", exit.ProcessState)
		}
		return stdout.Bytes(), fmt.Errorf("go %s failed (%v)%s", args[0], err, seeAbove(msg))
	}
	return stdout.Bytes(), nil
}

// oneLine joins the lines of a multi-line message.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(msg), " ")
}

func seeAbove(msg string) string {
	if msg == "" {
		return ""
	}
	return "; its output is above"
}

// goModJSON decodes `go mod edit -json` of the go.mod in dir into v.
func goModJSON(dir string, v any) error {
	cmd := exec.Command("go", "mod", "edit", "-json")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	out, err := cmd.Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) && len(exit.Stderr) > 0 {
			return errors.New(oneLine(string(exit.Stderr)))
		}
		return err
	}
	return json.Unmarshal(out, v)
}
