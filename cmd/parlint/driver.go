package main

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// ownDriver reports whether parlint's own driver, over go/analysis/checker,
// serves cl: the text, -json and -sarif outputs. It loads the packages
// itself, so it reports the ones that fail to load from go/packages' errors,
// in one line, rather than from the x/tools driver's printed text, and it
// prints positions relative to the current directory, as go vet does. The
// x/tools driver keeps what only it does: -fix and -diff, profiling and
// debugging flags, -V and -flags, and go vet's .cfg files.
func ownDriver(cl cmdLine) bool {
	return !cl.driverOnly && len(cl.patterns) > 0 && !cl.delegated
}

// analyze loads the packages of cl and runs its analyzer on them. It
// returns the graph of actions, and a line condensing the errors of the
// packages that failed to load (empty when none did); the analyzer runs on
// those too, as it runs despite errors. err is set when nothing could be
// loaded at all.
func analyze(cl cmdLine) (graph *checker.Graph, loadErr string, err error) {
	cfg := &packages.Config{Mode: loadMode, Tests: cl.test}
	if cl.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + cl.tags}
	}
	pkgs, err := packages.Load(cfg, cl.patterns...)
	loadErr = loadErrors(pkgs)
	if (err != nil || len(pkgs) == 0 || loadErr != "") && !slices.ContainsFunc(cl.patterns, isGoFile) {
		// The go command's words for a directory outside any module depend
		// on the pattern; ask it, on this error path only, what it means.
		// Files named on the command line need no module.
		if dir, ok := outsideModule(); ok {
			return nil, "", fmt.Errorf("%s is not in a Go module (no go.mod in it or any parent directory); run parlint in a module, for example where go build works", dir)
		}
	}
	switch {
	case err != nil:
		return nil, "", fmt.Errorf("%s", oneLine(err.Error()))
	case len(pkgs) == 0:
		return nil, "", fmt.Errorf("no packages match %s", strings.Join(cl.patterns, " "))
	}
	graph, err = checker.Analyze([]*analysis.Analyzer{cl.analyzer}, pkgs, nil)
	if err != nil {
		return nil, "", err
	}
	return graph, loadErr, nil
}

// outsideModule reports whether the go command, in module mode, finds no
// main module for the current directory, and returns the directory.
func outsideModule() (string, bool) {
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

// loadErrors condenses the errors of the packages that failed to load into
// one line: the first, where it is, and how many others there are; or "".
// The go command reports a package's compile errors as one message, a line
// each under a "# path" header, and go/packages adds the type checker's own
// errors: each line counts once.
func loadErrors(pkgs []*packages.Package) string {
	var errs []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			for line := range strings.Lines(strings.TrimPrefix(e.Msg, "# "+p.PkgPath+"\n")) {
				line = strings.TrimSpace(line)
				if e.Pos != "" && e.Pos != "-" {
					line = shortPath(e.Pos) + ": " + line
				}
				if line == "" || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "too many errors") || seen[line] {
					continue
				}
				seen[line] = true
				errs = append(errs, p.PkgPath+": "+line)
			}
		}
	})
	if len(errs) == 0 {
		return ""
	}
	return firstOf(errs[0], len(errs)-1)
}

// runText writes the findings of cl as the x/tools driver does, with -c
// context lines, or as its JSON with -json, and returns the exit status:
// 1 when packages do not load or the analysis fails, else 3 when there are
// findings in text mode, else 0.
func runText(cl cmdLine, stdout, stderr io.Writer) int {
	graph, loadErr, err := analyze(cl)
	if err != nil {
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		return 1
	}
	code := 0
	if loadErr != "" {
		fmt.Fprintf(stderr, "parlint: %s\n", loadErr)
		code = 1
	}
	for act := range graph.All() {
		if act.IsRoot && act.Err != nil {
			fmt.Fprintf(stderr, "parlint: %s: %v\n", act.Package.PkgPath, act.Err)
			code = 1
		}
	}
	if cl.json {
		if err := graph.PrintJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "parlint: %v\n", err)
			return 1
		}
		return code
	}
	if n := printText(stderr, graph, cl.context); n > 0 {
		code = max(code, 3)
	}
	return code
}

// printText prints each finding once (a file of a package and of its test
// variant is analyzed twice), by package and in the order reported, as
// "file:line:col: message" with the file relative to the current directory
// when that is shorter, and returns how many it printed.
func printText(w io.Writer, graph *checker.Graph, context int) int {
	var roots []*checker.Action
	for act := range graph.All() {
		if act.IsRoot && act.Err == nil {
			roots = append(roots, act)
		}
	}
	slices.SortFunc(roots, func(a, b *checker.Action) int { return cmp.Compare(a.Package.ID, b.Package.ID) })
	seen := map[string]bool{}
	n := 0
	for _, act := range roots {
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			line := fmt.Sprintf("%s:%d:%d: %s", shortPath(posn.Filename), posn.Line, posn.Column, d.Message)
			if seen[line] {
				continue
			}
			seen[line] = true
			n++
			fmt.Fprintln(w, line)
			if context >= 0 {
				printContext(w, act.Package.Fset, d, context)
			}
		}
	}
	return n
}

// printContext prints the lines of d and context lines around them, as the
// x/tools driver's -c flag does.
func printContext(w io.Writer, fset *token.FileSet, d analysis.Diagnostic, context int) {
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	data, err := os.ReadFile(start.Filename)
	if err != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	for i := start.Line - context; i <= end.Line+context; i++ {
		if 1 <= i && i <= len(lines) {
			fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
		}
	}
}

// shortPath returns path relative to the current directory when that is
// shorter, as the go command prints paths; path may end in :line:col.
func shortPath(path string) string {
	cwd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(cwd, path); err == nil && len(rel) < len(path) {
		return rel
	}
	return path
}

// oneLine joins the lines of a message.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(msg), " ")
}

func isGoFile(pattern string) bool { return strings.HasSuffix(pattern, ".go") }
