package parstate

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// SetModelBudget sets the model's step budget until the returned function
// restores it.
func SetModelBudget(n int) (restore func()) {
	old := modelBudget
	modelBudget = n
	return func() { modelBudget = old }
}

// ModelRoots returns the roots the analyzer gives the model of pass's
// package: the State methods of its artifacts.
func ModelRoots(pass *analysis.Pass) []*types.Func {
	c := newPkgContext(pass, pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	c.states = findStateMethods(c)
	return c.modelRoots()
}

// BuildModel builds the model of pass's package from roots as the analyzer
// does, with the same configuration.
func BuildModel(pass *analysis.Pass, roots []*types.Func) error {
	c := newPkgContext(pass, pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	_, err := c.buildModel(roots)
	return err
}
