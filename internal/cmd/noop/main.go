// Command noop is the parlint command with an analyzer that does nothing: the
// same x/tools driver (singlechecker), the same Requires (the inspect pass)
// and the same RunDespiteErrors, so that scripts/bench-vs-noop.sh can tell
// what parlint costs beyond loading and type-checking the packages.
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
