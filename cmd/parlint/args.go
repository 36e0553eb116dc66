package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/passes/parstate"
)

// driverFlags mirrors the flags that singlechecker defines (the x/tools
// checker's and analysisflags'), with the kind of value they take. checkArgs
// parses the command line with them, so that a mistake costs one line instead
// of the driver's usage page; TestDriverFlags compares them with the driver's
// own -flags output, so a change in x/tools shows up there.
var driverFlags = map[string]string{ // name -> kind of value
	"V": "bool", "all": "bool", "diff": "bool", "fix": "bool", "flags": "bool", "json": "bool",
	"source": "bool", "test": "bool", "v": "bool",
	"c": "int", "cpuprofile": "string", "debug": "string", "memprofile": "string", "tags": "string", "trace": "string",
}

// A cmdLine is what checkArgs learned from the arguments.
type cmdLine struct {
	patterns []string
	// driverOnly is set when the driver answers without loading packages
	// (-help, -flags, -V) or when go vet runs parlint on one package's .cfg.
	driverOnly bool
	vet        bool   // run by go vet -vettool on one package's .cfg
	json       bool   // -json: findings as the driver's JSON
	sarif      bool   // -sarif: findings as SARIF, by parlint's own driver
	test       bool   // -test: check the packages' test variants too (default false)
	testSet    bool   // -test was given
	tags       string // -tags
	context    int    // -c: lines of context around each finding, -1 for none
	// delegated is set when a flag only the x/tools driver serves is given:
	// -fix, -diff, profiling and debugging.
	delegated bool
	// analyzer is an analyzer with the analyzer's own flags (-disable) as
	// the command line sets them, for parlint's own driver.
	analyzer *analysis.Analyzer
}

// sarifOnly are the driver flags that make no sense with -sarif.
var sarifOnly = []string{"json", "fix", "diff", "c", "source", "all", "debug", "cpuprofile", "memprofile", "trace"}

// checkArgs parses args with a copy of the driver's flags and returns an
// error, meant to be printed as one line, for an unknown flag, a bad value
// (such as an unknown category in -disable) or a missing flag value.
func checkArgs(args []string) (cmdLine, error) {
	fs := flag.NewFlagSet("parlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cl := cmdLine{}
	bools := map[string]bool{}
	for name, kind := range driverFlags {
		switch kind {
		case "int":
			fs.Int(name, 0, "")
		case "string":
			fs.String(name, "", "")
		default:
			fs.Var(boolFlag(func(v bool) { bools[name] = v }), name, "")
		}
	}
	fs.Var(boolFlag(func(v bool) { cl.sarif = v }), "sarif", "")
	// The analyzer's own flags, not copies: what -disable accepts is
	// defined once, in parstate.
	cl.analyzer = parstate.New()
	cl.analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return cmdLine{driverOnly: true}, nil
	case err != nil:
		return cmdLine{}, err
	}
	cl.patterns = fs.Args()
	for _, p := range cl.patterns {
		if strings.HasPrefix(p, "-") {
			return cmdLine{}, fmt.Errorf("flag %s after the packages; flags go first: parlint %s ./...", p, p)
		}
	}
	cl.setFromFlags(fs, bools)
	if cl.sarif {
		return cl, checkSARIF(fs, cl)
	}
	return cl, nil
}

// setFromFlags records what the parsed flags of fs ask for; bools holds the
// values of the driver's boolean flags that were given.
func (cl *cmdLine) setFromFlags(fs *flag.FlagSet, bools map[string]bool) {
	cl.driverOnly = bools["V"] || bools["flags"]
	cl.json = bools["json"]
	if v, ok := bools["test"]; ok {
		cl.test, cl.testSet = v, true
	}
	cl.tags = fs.Lookup("tags").Value.String()
	cl.context = -1
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "c":
			cl.context, _ = strconv.Atoi(f.Value.String())
		case "fix", "diff", "debug", "cpuprofile", "memprofile", "trace", "source", "all":
			cl.delegated = true
		}
	})
	if len(cl.patterns) == 1 && strings.HasSuffix(cl.patterns[0], ".cfg") {
		cl.driverOnly, cl.vet = true, true // go vet -vettool
	}
}

// checkSARIF returns an error when -sarif comes with a flag of another
// output, or where there is no command line to write SARIF for.
func checkSARIF(fs *flag.FlagSet, cl cmdLine) error {
	var bad []string
	fs.Visit(func(f *flag.Flag) {
		if slices.Contains(sarifOnly, f.Name) {
			bad = append(bad, "-"+f.Name)
		}
	})
	switch {
	case len(bad) > 0:
		return fmt.Errorf("-sarif does not go with %s", strings.Join(bad, ", "))
	case cl.vet:
		return errors.New("-sarif is for the command line, not for go vet")
	case cl.driverOnly:
		return errors.New("-sarif does not go with -V or -flags")
	}
	return nil
}

// driverArgs returns the arguments to hand to the x/tools driver: without
// -sarif, which is parlint's own, and with -test=false unless -test was
// given. parstate does not check _test.go files, so a package's test variant
// would only repeat its findings (in -json, where the driver does not merge
// them) and cost a second type check.
func driverArgs(args []string, cl cmdLine) []string {
	var out []string
	for _, a := range args {
		name := strings.TrimLeft(a, "-")
		if name, _, _ := strings.Cut(name, "="); strings.HasPrefix(a, "-") && name == "sarif" {
			continue
		}
		out = append(out, a)
	}
	if !cl.testSet && !cl.driverOnly {
		out = append([]string{"-test=false"}, out...)
	}
	return out
}

// A boolFlag is a boolean flag.Value that calls a function with its value.
type boolFlag func(bool)

func (boolFlag) IsBoolFlag() bool { return true }
func (boolFlag) String() string   { return "" }
func (f boolFlag) Set(s string) error {
	if s == "full" { // -V=full, as go vet asks for the version
		f(true)
		return nil
	}
	v, err := strconv.ParseBool(s)
	if err == nil {
		f(v)
	}
	return err
}
