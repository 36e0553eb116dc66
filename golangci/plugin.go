// Package golangci makes parlint a golangci-lint module plugin.
//
// Importing the package registers the plugin under the name "parlint"; a
// custom golangci-lint built with it (see .custom-gcl.yml and the README)
// runs the parstate analyzer when .golangci.yml enables parlint:
//
//	linters:
//	  enable: [parlint]
//	  settings:
//	    custom:
//	      parlint:
//	        type: module
//	        settings:
//	          disable: [unchecked-assert]
//	          strict: true
//
// The settings mirror the parlint command's flags. They are decoded strictly:
// an unknown key or an unknown category stops golangci-lint with an error that
// names it, rather than being ignored.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/passes/parstate"
)

// Name is the plugin's name: the key under linters.settings.custom and the
// name given to linters.enable and //nolint.
const Name = "parlint"

func init() {
	register.Plugin(Name, New)
}

// Settings is the plugin's section of .golangci.yml, under
// linters.settings.custom.parlint.settings.
type Settings struct {
	// Disable lists the categories whose findings are not reported, as the
	// command's -disable flag does.
	Disable []string `json:"disable"`
	// Strict also reports images whose Id does not name them and whose State
	// never answers the registry key, and images left with the builder ID as
	// their provider, as the command's -strict flag does.
	Strict bool `json:"strict"`
}

// New decodes settings, as golangci-lint hands them over, and returns the
// plugin. It returns an error naming the first unknown key or category.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("parlint: %w", err)
	}
	// golangci-lint prints a message alone, so it starts with its category;
	// and it prints "name: " before it when the analyzer's name is not the
	// linter's, so the analyzer takes the linter's name.
	a, err := parstate.NewAnalyzer(parstate.Config{Disable: s.Disable, Strict: s.Strict, CategoryInMessage: true})
	if err != nil {
		return nil, fmt.Errorf("parlint: settings: disable: %w", err)
	}
	a.Name = Name
	return plugin{analyzer: a}, nil
}

// A plugin holds the analyzer built for one configuration.
type plugin struct {
	analyzer *analysis.Analyzer
}

func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode asks for type information: parstate identifies the SDK's
// types and functions through go/types.
func (plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
