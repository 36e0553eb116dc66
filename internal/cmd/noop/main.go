// Command noop is x/tools' driver (singlechecker) with an analyzer that does
// nothing, with parstate's Requires (the inspect pass) and RunDespiteErrors.
// It is the baseline of two scripts: scripts/bench-vs-noop.sh runs it on
// packages (with -test=false, as parlint loads them) to tell what parlint
// costs beyond loading and type-checking them, and scripts/bench-govet.sh
// runs it as go vet's -vettool, where unitchecker parses and type-checks
// every package go vet hands it, dependencies included.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/parlint/parlint/passes/parstate"
)

func main() {
	a := parstate.New()
	singlechecker.Main(&analysis.Analyzer{
		Name:             "noop",
		Doc:              "noop: the parlint driver with an analyzer that reports nothing",
		Requires:         a.Requires,
		Run:              func(*analysis.Pass) (any, error) { return nil, nil },
		RunDespiteErrors: a.RunDespiteErrors,
		FactTypes:        a.FactTypes,
	})
}
