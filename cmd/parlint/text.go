package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// runText prints the findings of o, as text with -c context lines or as the
// JSON of x/tools' drivers with -json, on stdout, and the packages that did
// not load on stderr. It returns the exit status: 1 when packages did not
// load, else 3 when there are findings in text mode, else 0.
func runText(o options, stdout, stderr io.Writer) int {
	r, code, ok := analyzeReporting(o, stderr)
	if !ok {
		return code
	}
	if o.json {
		if err := r.graph.PrintJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "parlint: %v\n", err)
			return exitError
		}
	} else if fs := r.findings(); len(fs) > 0 {
		printText(stdout, fs, o.context)
		code = max(code, exitFindings)
	}
	if o.verbose {
		printArtifacts(stderr, r)
	}
	return code
}

// printText prints each finding as "file:line:col: message", with the file
// relative to the current directory when that is shorter.
func printText(w io.Writer, fs []finding, context int) {
	for _, f := range fs {
		posn := f.fset.Position(f.diag.Pos)
		fmt.Fprintf(w, "%s:%d:%d: %s\n", shortPath(posn.Filename), posn.Line, posn.Column, f.diag.Message)
		if context >= 0 {
			printContext(w, f, context)
		}
	}
}

// printContext prints the lines of f and context lines around them, as the
// x/tools drivers' -c flag does.
func printContext(w io.Writer, f finding, context int) {
	start := f.fset.PositionFor(f.diag.Pos, false)
	end := start
	if f.diag.End.IsValid() {
		end = f.fset.PositionFor(f.diag.End, false)
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
