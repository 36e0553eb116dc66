// Command parlint checks that Packer plugin artifacts publish their images to
// the HCP Packer registry. Run it on packages (parlint ./...) or through
// go vet -vettool=$(which parlint).
//
// Every output of the command line (text, -json, -sarif,
// -format=github-actions, -fix, -diff) comes from a driver of parlint's own
// over go/analysis/checker (driver.go), which loads the packages itself:
// packages that fail to load cost one line on stderr and the others are
// still checked. Findings go to stdout. x/tools' unitchecker serves only go
// vet's protocol (vet.go). A mistake on the command line costs one line and
// exit status 2, never a usage page.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	_ "github.com/parlint/parlint/internal/factsonly" // go vet's facts-only runs end in its init
	"github.com/parlint/parlint/internal/version"
	"github.com/parlint/parlint/passes/parstate"
)

func main() {
	args := os.Args[1:]
	if isVetConfig(args) {
		os.Exit(runVet(args, os.Stderr))
	}
	os.Exit(runCommand(args, os.Stdout, os.Stderr))
}

// runCommand runs the command line args and returns its exit status.
func runCommand(args []string, stdout, stderr io.Writer) int {
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "parlint: %v (parlint -h lists the flags)\n", err)
		return exitUsage
	}
	switch {
	case o.help:
		usage(stdout)
		return exitClean
	case o.version:
		fmt.Fprint(stdout, version.Get())
		return exitClean
	case o.versionFull:
		return check(printVetVersion(stdout), stderr)
	case o.printFlags:
		return check(printVetFlags(stdout), stderr)
	case o.list:
		printCategories(stdout)
		return exitClean
	case o.explain != "":
		text, ok := parstate.Explain(o.explain)
		if !ok {
			fmt.Fprintf(stderr, "parlint: unknown category %q (parlint -list names them)\n", o.explain)
			return exitUsage
		}
		fmt.Fprint(stdout, text)
		return exitClean
	case o.sarif:
		return runSARIF(o, stdout, stderr)
	case o.format == formatGitHubActions:
		return runGitHubActions(o, stdout, stderr)
	case o.fix || o.diff:
		return runFix(o, stdout, stderr)
	}
	return runText(o, stdout, stderr)
}

// check prints err, if any, and returns the exit status.
func check(err error, stderr io.Writer) int {
	if err != nil {
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		return exitError
	}
	return exitClean
}

// printCategories writes, for -list, each category and the first sentence
// of its documentation.
func printCategories(w io.Writer) {
	width := 0
	for _, c := range parstate.Categories() {
		width = max(width, len(c))
	}
	for _, c := range parstate.Categories() {
		short, _ := parstate.Describe(c)
		fmt.Fprintf(w, "%-*s  %s\n", width, c, strings.TrimSuffix(short, "."))
	}
}
