// Command parlint checks that Packer plugin artifacts publish their images to
// the HCP Packer registry. Run it on packages (parlint ./...) or through
// go vet -vettool=$(which parlint).
//
// Its text, -json and -sarif outputs come from a driver of its own over
// go/analysis/checker (driver.go, sarif.go), which loads the packages itself:
// packages that fail to load cost one line, from go/packages' own errors,
// and positions print relative to the current directory. Everything else
// goes to the x/tools driver (singlechecker): go vet's .cfg files, -fix and
// -diff, -V, -flags and the debugging flags. A mistake in the arguments
// costs one line and exit status 2, never a usage page.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/parlint/parlint/passes/parstate"
)

func main() {
	cl, err := checkArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "parlint: %v (parlint -help lists the flags)\n", err)
		os.Exit(2)
	}
	switch {
	case cl.sarif:
		os.Exit(runSARIF(cl, os.Stdout, os.Stderr))
	case ownDriver(cl):
		// Text output prints the message alone, so the message starts with
		// the category, which -json carries on its own.
		if !cl.json {
			cl.analyzer = withCategoryInMessage(cl.analyzer)
		}
		os.Exit(runText(cl, os.Stdout, os.Stderr))
	}
	// The x/tools driver: go vet's .cfg files, -fix and -diff, -V, -flags.
	// go vet always asks its tool for JSON, with or without its own -json,
	// and prints the messages of its text output without their category:
	// there, the message carries it in both modes.
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

// withCategoryInMessage returns an analyzer like a, with the same -disable,
// whose messages start with their category.
func withCategoryInMessage(a *analysis.Analyzer) *analysis.Analyzer {
	b, err := parstate.NewAnalyzer(parstate.Config{CategoryInMessage: true})
	if err != nil {
		panic(err) // unreachable: the Config is valid
	}
	a.Flags.VisitAll(func(f *flag.Flag) {
		if err := b.Flags.Set(f.Name, f.Value.String()); err != nil {
			panic(err) // unreachable: a accepted the same value
		}
	})
	return b
}
