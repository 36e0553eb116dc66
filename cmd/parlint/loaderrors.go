package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// A pkgError is a package that did not load, with its errors, one line each.
type pkgError struct {
	pkg  string // the package, as describePackage names it
	errs []string
}

// loadErrors returns the packages that did not load, in the order of the
// command line's packages and their imports. An error in an import that
// does not exist ("no required module provides package m") is the
// importer's: the file that needs it is the importer's.
func loadErrors(roots []*packages.Package) []pkgError {
	c := &errorCollector{index: map[string]int{}, seen: map[*packages.Package]bool{}, seenLine: map[string]bool{}}
	for _, p := range roots {
		c.visit(p, nil)
	}
	return c.out
}

// An errorCollector gathers the errors of a graph of packages.
type errorCollector struct {
	out   []pkgError
	index map[string]int // package name -> index in out
	seen  map[*packages.Package]bool
	// The go command, the parser and the type checker may each report an
	// error on a line: the first counts.
	seenLine map[string]bool
}

// visit collects the errors of p, imported by importer (nil for a root),
// and of its imports. An import that does not exist comes first: it says
// why ("no required module provides package m; to add it: go get m"),
// before the type checker's "could not import m".
func (c *errorCollector) visit(p, importer *packages.Package) {
	if c.seen[p] {
		return
	}
	c.seen[p] = true
	owner := p
	if importer != nil && !hasFiles(p) {
		owner = importer
	}
	imports := sortedImports(p)
	for _, path := range imports {
		if !hasFiles(p.Imports[path]) {
			c.visit(p.Imports[path], p)
		}
	}
	for _, e := range p.Errors {
		c.add(describePackage(owner), e)
	}
	for _, path := range imports {
		if hasFiles(p.Imports[path]) {
			c.visit(p.Imports[path], p)
		}
	}
}

// add records error e of the package named name, but for its lines on a
// line of a file that another error already took.
func (c *errorCollector) add(name string, e packages.Error) {
	var lines []string
	for _, line := range errorLines(e) {
		if where := errorLine(line); where == "" || !c.seenLine[where] {
			c.seenLine[where] = true
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 && len(e.Msg) > 0 {
		return
	}
	if len(lines) == 0 {
		lines = []string{"unknown error"}
	}
	i, ok := c.index[name]
	if !ok {
		i = len(c.out)
		c.index[name] = i
		c.out = append(c.out, pkgError{pkg: name})
	}
	c.out[i].errs = append(c.out[i].errs, lines...)
}

// hasFiles reports whether p exists: an import that no module provides has
// no files.
func hasFiles(p *packages.Package) bool {
	return len(p.GoFiles)+len(p.CompiledGoFiles) > 0
}

func sortedImports(p *packages.Package) []string {
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	return paths
}

// describePackage names a package in an error: its import path, or for
// files named on the command line (the go command's
// "command-line-arguments"), the files.
func describePackage(p *packages.Package) string {
	if p.PkgPath != "command-line-arguments" && p.ID != "command-line-arguments" {
		return "package " + p.PkgPath
	}
	var files []string
	for _, f := range p.GoFiles {
		files = append(files, shortPath(f))
	}
	if len(files) == 0 {
		return "the files named"
	}
	return "the package of " + strings.Join(files, ", ")
}

// rawPrefix is what go/packages puts before the go command's stderr. It is
// compiled on first use, as fileLine is: every process pays for package-level
// initializers, go vet's facts-only runs of parlint included.
var rawPrefix = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(err: )?exit status \d+: stderr: `)
})

// errorLines splits one error of p into its errors, one line each. The go
// command reports a package's compile errors as one message, a line each
// under a "# path" header; continues a message on an indented line ("to
// add it:" then "go get m"; "m@v1 requires" then the module m requires;
// "p imports" then what p imports); and reports its progress on stderr
// before the error ("go: downloading m v1"), which go/packages may pass on
// as the message: the error is the line after.
func errorLines(e packages.Error) []string {
	msg := rawPrefix().ReplaceAllString(e.Msg, "")
	if cwd, err := os.Getwd(); err == nil {
		msg = strings.ReplaceAll(msg, cwd+string(os.PathSeparator), "")
	}
	msg = strings.ReplaceAll(msg, "command-line-arguments: ", "")
	var lines []string
	for line := range strings.Lines(msg) {
		indented := strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " ")
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "too many errors") || progress().MatchString(line):
			continue
		case indented && len(lines) > 0:
			if last := &lines[len(lines)-1]; continued(*last) {
				*last += " " + line // "to add it: go get m", "m@v1 requires m2@v2 ..."
			}
			continue // otherwise a note, such as "other declaration of T"
		}
		lines = append(lines, line)
	}
	if e.Pos != "" && e.Pos != "-" && len(lines) > 0 && !strings.Contains(lines[0], ".go:") {
		lines[0] = shortPath(e.Pos) + ": " + lines[0]
	}
	for i, line := range lines {
		lines[i] = shortPathPrefix(line)
	}
	return lines
}

// continued reports whether the go command continues line on the next,
// indented line: "to add it:", and the chains of modules and packages
// ("m@v1 requires", "p imports").
func continued(line string) bool {
	return strings.HasSuffix(line, ":") || strings.HasSuffix(line, " requires") || strings.HasSuffix(line, " imports")
}

// progress matches the lines in which the go command says what it is doing
// rather than what went wrong.
var progress = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^go: (downloading|extracting|finding|found) `) })

// errorLine returns the file and line an error line starts with, or "".
func errorLine(line string) string {
	return strings.TrimPrefix(fileLine().FindString(line), "./")
}

var fileLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[^ :]+\.go:\d+`) })

// shortPathPrefix shortens the file name that starts line, if any.
func shortPathPrefix(line string) string {
	if !strings.HasPrefix(line, "/") {
		return line
	}
	file, rest, ok := strings.Cut(line, ":")
	if !ok {
		return line
	}
	return shortPath(file) + ":" + rest
}

// summary returns the one line that says which packages did not load: the
// first error of the first, and how many others there are.
func summary(failed []pkgError) string {
	if len(failed) == 0 {
		return ""
	}
	first := failed[0]
	more := -1
	for _, f := range failed {
		more += len(f.errs)
	}
	line := fmt.Sprintf("%s does not load: %s", first.pkg, first.errs[0])
	switch {
	case more == 1:
		line += " (and 1 more error; go build lists them all)"
	case more > 1:
		line += fmt.Sprintf(" (and %d more errors in %s; go build lists them all)", more, packageCount(len(failed)))
	}
	return line
}

func packageCount(n int) string {
	if n == 1 {
		return "1 package"
	}
	return fmt.Sprintf("%d packages", n)
}

// noPackages returns the error for a command line that loaded nothing: the
// go command's own words, asked again on this error path only, since
// go/packages drops them when no package loads (a go.sum that fails
// verification, a directory outside any module).
func noPackages(o options, loadErr error) error {
	patterns := strings.Join(o.patterns, " ")
	if dir, ok := outsideModule(o); ok {
		return notModuleError(dir)
	}
	if msg := goListError(o); msg != "" {
		return fmt.Errorf("cannot load %s: %s", patterns, msg)
	}
	if loadErr != nil {
		msg := oneLine(rawPrefix().ReplaceAllString(loadErr.Error(), ""))
		if lines := errorLines(packages.Error{Msg: loadErr.Error()}); len(lines) > 0 {
			msg = strings.TrimPrefix(lines[0], "go: ")
		}
		return fmt.Errorf("cannot load %s: %s", patterns, msg)
	}
	return fmt.Errorf("no packages match %s", patterns)
}

func notModuleError(dir string) error {
	return fmt.Errorf("%s is not in a Go module (no go.mod in it or any parent directory); run parlint in a module, for example where go build works", dir)
}

// goListError runs go list on the patterns of o and returns the first line
// of its error, and go's warning when it is a security error.
func goListError(o options) string {
	args := []string{"list"}
	if o.tags != "" {
		args = append(args, "-tags="+o.tags)
	}
	cmd := exec.Command("go", append(append(args, "--"), o.patterns...)...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = nil, &stderr
	var exit *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &exit) {
		return ""
	}
	return firstGoError(stderr.String())
}

// firstGoError returns the first line of the go command's error text, and
// its warning when it is a security error.
func firstGoError(text string) string {
	lines := errorLines(packages.Error{Msg: text})
	if len(lines) == 0 {
		return ""
	}
	first := lines[0]
	if strings.HasSuffix(first, ":") && len(lines) > 1 { // "go: errors parsing go.mod:" and where
		first += " " + lines[1]
	}
	first = strings.TrimPrefix(first, "go: ")
	if strings.Contains(text, "SECURITY ERROR") {
		first += ": SECURITY ERROR: the module does not match go.sum (see go help module-auth)"
	}
	return first
}

// outsideModule reports whether the go command, in module mode, finds no
// main module for the current directory, and returns the directory. Files
// named on the command line need no module.
func outsideModule(o options) (string, bool) {
	if slices.ContainsFunc(o.patterns, func(p string) bool { return strings.HasSuffix(p, ".go") }) {
		return "", false
	}
	out, err := exec.Command("go", "env", "GOMOD", "GOWORK").Output()
	if err != nil {
		return "", false
	}
	gomod, gowork, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	if gomod != os.DevNull || gowork != "" && gowork != "off" {
		return "", false // a module, a workspace, or GOPATH mode (GOMOD is empty)
	}
	dir, err := os.Getwd()
	return dir, err == nil
}
