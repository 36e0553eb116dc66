package main

import (
	"fmt"
	"strings"

	"github.com/parlint/parlint/passes/parstate"
)

// checkArgs validates the values of -disable before the driver parses the
// flags, so that an unknown category costs one line instead of a usage page.
func checkArgs(args []string) error {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			return nil // flags end here, as for the flag package
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name != "disable" {
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return fmt.Errorf("flag -disable needs a comma-separated list of categories")
			}
			i++
			value = args[i]
		}
		if _, err := parstate.ParseCategoryList(value); err != nil {
			return fmt.Errorf("-disable: %v", err)
		}
	}
	return nil
}
