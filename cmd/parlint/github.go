package main

import (
	"fmt"
	"io"
	"strings"
)

// runGitHubActions prints the findings of o as GitHub Actions workflow
// commands on stdout, one line each, which the runner shows as annotations
// on the files and lines, as golangci-lint's github-actions format does:
//
//	::warning file=builder/happyiso/artifact.go,line=63,col=4,endLine=63,endColumn=14,title=parlint error-return::State returns the error ...
//
// Files are relative to the root of the git work tree, as GitHub resolves
// them (sarif.go's %SRCROOT%). Packages that do not load cost one line on
// stderr, as in text, and an ::error command each. The exit status is
// text's: 3 with findings, else 1 when packages did not load, else 0.
func runGitHubActions(o options, stdout, stderr io.Writer) int {
	r, err := analyze(o, nil)
	if err != nil {
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		fmt.Fprintf(stdout, "::error title=parlint::%s\n", escapeData(err.Error()))
		return exitError
	}
	code := exitClean
	if line := summary(r.failed); line != "" {
		fmt.Fprintf(stderr, "parlint: %s\n", line)
		code = exitError
	}
	for _, f := range r.failed {
		for _, e := range f.errs {
			fmt.Fprintf(stdout, "::error title=parlint::%s\n", escapeData(f.pkg+" does not load: "+e))
		}
	}
	root, columns := srcRoot(), codePoints{}
	fs := r.findings()
	for _, f := range fs {
		fmt.Fprintln(stdout, annotation(f, root, columns))
	}
	if len(fs) > 0 {
		code = max(code, exitFindings)
	}
	if o.verbose {
		printArtifacts(stderr, r)
	}
	return code
}

// annotation returns the ::warning command of f: where it is in the file as
// stored (a //line directive renames files for compiler messages, but an
// annotation must point into the file itself), with columns in code points
// as in SARIF, and its category in the title.
func annotation(f finding, root string, columns codePoints) string {
	start := position(f.fset, f.diag.Pos)
	file, ok := rootRelative(root, start.Filename)
	if !ok {
		file = start.Filename
	}
	props := []string{
		"file=" + escapeProperty(file),
		fmt.Sprintf("line=%d", start.Line),
		fmt.Sprintf("col=%d", columns.column(start)),
	}
	if f.diag.End.IsValid() {
		end := position(f.fset, f.diag.End)
		props = append(props, fmt.Sprintf("endLine=%d", end.Line), fmt.Sprintf("endColumn=%d", columns.column(end)))
	}
	props = append(props, "title="+escapeProperty("parlint "+f.diag.Category))
	return "::warning " + strings.Join(props, ",") + "::" + escapeData(f.diag.Message)
}

// escapeData escapes the message of a workflow command, as GitHub's
// actions/toolkit does: the runner reads one command per line.
var escapeData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// escapeProperty escapes the value of a workflow command's property, which
// also ends at a comma, and whose list ends at "::".
var escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
