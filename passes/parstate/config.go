package parstate

import (
	"fmt"
	"slices"
	"strings"
)

// IsCategory reports whether name is one of Categories.
func IsCategory(name string) bool {
	return slices.Contains(Categories(), name)
}

// Config is what a user can set: the command's flags and the golangci-lint
// plugin's settings both build one.
type Config struct {
	// Disable lists the categories whose findings are not reported.
	Disable []string
	// CategoryInMessage starts each message with its category and a colon
	// ("error-ignored: error from ..."), for outputs that print the message
	// alone: the command's text output, go vet, golangci-lint. Outputs that
	// carry the Category on their own (-json, SARIF, gopls, where it is the
	// diagnostic's code) leave it off.
	CategoryInMessage bool
	// Strict also reports the images whose Id does not name them ("VM", a
	// path, the provider's name), which the default leaves alone, and every
	// image left with its builder ID as provider: plugins that produce
	// images but keep their identity elsewhere. Artifacts with no image stay
	// silent.
	Strict bool
}

// Validate returns an error naming the first unknown category in c.
func (c Config) Validate() error {
	for _, name := range c.Disable {
		if !IsCategory(name) {
			return unknownCategoryError(name)
		}
	}
	return nil
}

func unknownCategoryError(name string) error {
	return fmt.Errorf("unknown category %q (known: %s)", name, strings.Join(Categories(), ", "))
}

// ParseCategoryList splits a comma-separated list of categories, as given to
// -disable, and returns an error naming the first unknown one. Empty elements
// are ignored.
func ParseCategoryList(s string) ([]string, error) {
	var names []string
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !IsCategory(name) {
			return nil, unknownCategoryError(name)
		}
		names = append(names, name)
	}
	return names, nil
}

// categoryList is the flag.Value behind -disable.
type categoryList struct{ names *[]string }

func (l categoryList) String() string {
	if l.names == nil {
		return ""
	}
	return strings.Join(*l.names, ",")
}

func (l categoryList) Set(s string) error {
	names, err := ParseCategoryList(s)
	if err != nil {
		return err
	}
	*l.names = names
	return nil
}
