package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// condenseLoadErrors makes the x/tools driver's report of packages that
// failed to load (syntax errors, type errors, missing imports) one line. It
// serves only the modes parlint hands to that driver (-fix, -diff): the
// text, -json and -sarif outputs load packages themselves and condense
// go/packages' errors directly (driver.go).
//
// The driver prints those errors to os.Stderr after loading and before it
// runs any analyzer, then goes on: the analyzer runs despite errors. So
// os.Stderr is a pipe until a's first run, which restores it and prints the
// first error and how many followed. Findings, fixes and the exit status
// are the driver's, untouched; the cost is one pipe.
func condenseLoadErrors(a *analysis.Analyzer) {
	stderr := os.Stderr
	r, w, err := os.Pipe()
	if err != nil {
		return // no condensing, the driver's own output
	}
	out := make(chan []byte, 1)
	go func() {
		data, _ := io.ReadAll(r)
		r.Close()
		out <- data
	}()
	// The driver's flag errors must not go into the pipe: it exits before
	// anything reads it.
	flag.CommandLine.SetOutput(stderr)
	os.Stderr = w
	var once sync.Once
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		once.Do(func() {
			os.Stderr = stderr
			w.Close()
			if line := condense(string(<-out)); line != "" {
				fmt.Fprintln(stderr, "parlint: "+line)
			}
		})
		return run(pass)
	}
}

// condense returns the first of the errors that go/packages printed and a
// count of the others, or "" when there were none. The go command reports a
// package's compile errors as one multi-line error under a "-: # path"
// header; go/packages prints each of its own errors on a line, and messages
// that continue on further lines indent them.
func condense(s string) string {
	var lines []string
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case strings.TrimSpace(line) == "" || strings.Contains(line, ": \t"):
			continue // a note on the error before, such as "other declaration of T"
		case strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " "):
			// A continuation: keep it when the line before asks for it
			// ("...; to add it:" then "go get ...").
			if n := len(lines); n > 0 && strings.HasSuffix(lines[n-1], ":") {
				lines[n-1] += " " + strings.TrimSpace(line)
			}
			continue
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return ""
	}
	first, rest := strings.TrimPrefix(lines[0], "-: "), lines[1:]
	if pkg, ok := strings.CutPrefix(first, "# "); ok && len(rest) > 0 {
		first, rest = pkg+": "+rest[0], rest[1:]
	}
	more := 0
	for _, line := range rest {
		if !strings.HasPrefix(line, "-: # ") {
			more++
		}
	}
	return firstOf(first, more)
}

// firstOf returns the first of the load errors and how many others there
// are, in one line.
func firstOf(first string, more int) string {
	switch more {
	case 0:
		return first
	case 1:
		return first + " (and 1 more error; go vet lists them all)"
	}
	return fmt.Sprintf("%s (and %d more errors; go vet lists them all)", first, more)
}
