package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parlint/parlint/passes/parstate"
)

// Exit codes, as -h and the README list them.
const (
	exitClean    = 0 // no findings; or -json, -sarif with any findings
	exitError    = 1 // packages did not load, or parlint failed
	exitUsage    = 2 // a mistake on the command line
	exitFindings = 3 // findings (text, -diff), or findings -fix left
)

// options are the command line's flags and packages.
type options struct {
	format                 string // one of formats; -json and -sarif set it too
	json, sarif, fix, diff bool
	test, verbose          bool
	context                int    // -c: lines of context around each finding, -1 for none
	tags                   string // -tags, as go build takes them
	config                 parstate.Config

	help, version, list bool
	versionFull         bool   // -V=full: go vet's protocol, a build ID for its cache
	printFlags          bool   // -flags: go vet's protocol, the flags go vet may pass on
	explain             string // -explain CATEGORY, or help CATEGORY
	patterns            []string
}

// The output formats of -format.
const (
	formatText          = "text"
	formatJSON          = "json"
	formatSARIF         = "sarif"
	formatGitHubActions = "github-actions"
)

var formats = []string{formatText, formatJSON, formatSARIF, formatGitHubActions}

// newFlagSet returns the flags of the command, which set o.
func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("parlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o.format = formatText
	fs.Func("format", "print the findings as `FORMAT`: text (the default), json (as -json), sarif (as -sarif), or github-actions (workflow commands that annotate the files in a GitHub Actions run; exit status as for text)", func(s string) error {
		if !slices.Contains(formats, s) {
			return fmt.Errorf("the formats are %s", strings.Join(formats, ", "))
		}
		o.format = s
		return nil
	})
	fs.BoolVar(&o.json, "json", false, "print the findings and their fixes as the JSON of x/tools' drivers; exit 0 with findings")
	fs.BoolVar(&o.sarif, "sarif", false, "print the findings as a SARIF 2.1.0 log for code scanning; exit 0 with findings")
	fs.BoolVar(&o.fix, "fix", false, "apply every suggested fix to the files")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff (git apply takes it) instead of applying them")
	fs.IntVar(&o.context, "c", -1, "print `N` lines of context around each finding; -1 for none")
	fs.StringVar(&o.tags, "tags", "", "a comma-separated `list` of build tags, as go build takes them")
	fs.BoolVar(&o.test, "test", false, "also check the packages' test variants (parlint never checks _test.go files)")
	fs.BoolVar(&o.verbose, "v", false, "list each artifact checked, withheld (its file does not type-check) or left alone, and why, on stderr")
	fs.Func("disable", "a comma-separated `list` of categories not to report (parlint -list names them)", func(s string) error {
		names, err := parstate.ParseCategoryList(s)
		o.config.Disable = names
		return err
	})
	fs.BoolVar(&o.config.Strict, "strict", false, "also report images whose Id does not name them and whose State never answers the registry key, and images left with the builder ID as their provider")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of `CATEGORY`, with a bad and a good example")
	fs.BoolVar(&o.list, "list", false, "list the categories, one line each")
	fs.BoolVar(&o.version, "version", false, "print parlint's version and the Go and x/tools versions it was built with")
	fs.Var(versionFlag{o}, "V", "same as -version; -V=full prints the build ID go vet asks for")
	fs.BoolVar(&o.printFlags, "flags", false, "print the flags go vet may pass on to parlint, as JSON (go vet's protocol)")
	return fs
}

// parseArgs parses the command line. Its error is meant to be printed as one
// line, with exit status 2.
func parseArgs(args []string) (options, error) {
	o := options{}
	fs := newFlagSet(&o)
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return options{help: true}, nil
	case err != nil:
		return options{}, err
	}
	o.patterns = fs.Args()
	if len(o.patterns) > 0 && o.patterns[0] == "help" {
		return helpArgs(o.patterns[1:])
	}
	for _, p := range o.patterns {
		if strings.HasPrefix(p, "-") {
			return options{}, fmt.Errorf("flag %s after the packages; flags go first (parlint %s ./...)", p, p)
		}
	}
	if err := checkCombination(fs, o); err != nil {
		return options{}, err
	}
	switch {
	case o.json:
		o.format = formatJSON
	case o.sarif:
		o.format = formatSARIF
	}
	o.json, o.sarif = o.format == formatJSON, o.format == formatSARIF
	return o, nil
}

// helpArgs parses "parlint help [CATEGORY]", as go vet's usage tells users
// to run "parlint help" for the checks.
func helpArgs(args []string) (options, error) {
	switch {
	case len(args) == 0 || len(args) == 1 && args[0] == parstate.Name:
		return options{help: true}, nil
	case len(args) == 1:
		return options{explain: args[0]}, nil
	}
	return options{}, errors.New("help takes at most one category: parlint help error-return")
}

// outputFlags are the flags of one output each: at most one goes, or
// -format with another format than text.
var outputFlags = []string{"json", "sarif", "fix", "diff"}

// checkCombination returns an error for flags that do not go together, or
// that need packages and have none.
func checkCombination(fs *flag.FlagSet, o options) error {
	var outputs []string
	fs.Visit(func(f *flag.Flag) {
		switch {
		case f.Name == "format" && o.format != formatText:
			outputs = append(outputs, "-format="+o.format)
		case slices.Contains(outputFlags, f.Name) && f.Value.String() == "true":
			outputs = append(outputs, "-"+f.Name)
		case f.Name == "c" && (o.sarif || o.json || o.fix || o.diff || o.format != formatText):
			outputs = append(outputs, "-c")
		}
	})
	if o.fix && o.diff && len(outputs) == 2 {
		outputs = outputs[:1] // -fix -diff, as x/tools' drivers spell -diff
	}
	if len(outputs) > 1 {
		return fmt.Errorf("%s does not go with %s", outputs[0], strings.Join(outputs[1:], ", "))
	}
	noPackages := o.version || o.versionFull || o.list || o.explain != "" || o.printFlags
	switch {
	case noPackages && len(o.patterns) > 0:
		return fmt.Errorf("-version, -V, -list, -explain and -flags take no packages")
	case !noPackages && len(o.patterns) == 0:
		return errors.New("no packages to check; name them (parlint ./...)")
	case o.context < -1:
		return fmt.Errorf("invalid value %d for flag -c: a number of lines, 0 or more", o.context)
	}
	return nil
}

// A versionFlag is -V: -V prints the version, -V=full go vet's build ID.
type versionFlag struct{ o *options }

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) String() string   { return "false" }
func (f versionFlag) Set(s string) error {
	switch s {
	case "true":
		f.o.version = true
	case "full":
		f.o.versionFull = true
	case "false":
	default:
		return fmt.Errorf("-V takes no value but full")
	}
	return nil
}

// usage writes the text of parlint -h.
func usage(w io.Writer) {
	fmt.Fprint(w, `parlint checks that Packer plugin artifacts publish their images to the HCP
Packer registry the way Packer core reads them.

Usage:
  parlint [flags] packages         check the packages, such as ./...
  parlint -explain CATEGORY        the documentation of a category (also: parlint help CATEGORY)
  parlint -list                    the categories
  parlint -version                 the version
  go vet -vettool=$(which parlint) [-disable=...] [-strict] packages

Flags:
`)
	o := options{}
	fs := newFlagSet(&o)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, `
Findings go to stdout; errors, and packages that do not load, to stderr.

Exit status:
  0  no findings (-json and -sarif: whatever the findings; -fix: none left)
  1  a package did not load, or parlint failed
  2  a mistake on the command line
  3  findings (-fix: findings it could not fix; -diff: findings)

Documentation: `+parstate.URL+`
`)
}
