// Command parlint checks that Packer plugin artifacts publish their images to
// the HCP Packer registry. Run it on packages (parlint ./...) or through
// go vet -vettool=$(which parlint).
//
// It hands the analyzer to the x/tools driver (singlechecker) and only adds
// what the driver lacks for a command line tool: a mistake in the arguments,
// a path that does not exist or lies outside a module, and packages that fail
// to load each cost one line on standard error and a non-zero exit status,
// never a usage page or pages of compiler errors.
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/parlint/parlint/passes/parstate"
)

func main() {
	cl, err := checkArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "parlint: %v (parlint -help lists the flags)\n", err)
		os.Exit(2)
	}
	if !cl.driverOnly && len(cl.patterns) > 0 {
		if err := checkPatterns(cl.patterns); err != nil {
			fmt.Fprintf(os.Stderr, "parlint: %v\n", err)
			os.Exit(1)
		}
	}
	if cl.sarif {
		os.Exit(runSARIF(cl, os.Stdout, os.Stderr))
	}
	// Text output prints the message alone, so the message starts with the
	// category, which -json carries on its own. go vet always asks its tool
	// for JSON, with or without its own -json, and prints the messages of
	// its text output without their category: there, the message carries it
	// in both modes.
	a, err := parstate.NewAnalyzer(parstate.Config{CategoryInMessage: !cl.json || cl.vet})
	if err != nil {
		panic(err) // unreachable: the Config is valid
	}
	if !cl.driverOnly && len(cl.patterns) > 0 {
		condenseLoadErrors(a)
	}
	os.Args = append(os.Args[:1], driverArgs(os.Args[1:], cl)...)
	singlechecker.Main(a)
}
