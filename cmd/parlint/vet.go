package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/parlint/parlint/internal/buildid"
	"github.com/parlint/parlint/internal/version"
	"github.com/parlint/parlint/passes/parstate"
)

// go vet -vettool=parlint runs parlint three ways: "parlint -flags" once, for
// the flags it may pass on; "parlint -V=full" once, for a build ID that keys
// go vet's cache; and "parlint [flags] x.cfg" for every package to check and
// every one of their dependencies, each described by a JSON .cfg file.
// unitchecker (through singlechecker) serves the .cfg files, except where
// parlint has nothing to do (vetFactsOnly).

// isVetConfig reports whether args end in the one .cfg file go vet passes.
func isVetConfig(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") &&
		(len(args) == 1 || !strings.HasSuffix(args[len(args)-2], ".cfg"))
}

// vetConfig is the part of unitchecker's .cfg file that parlint reads.
type vetConfig struct {
	ImportPath string
	VetxOnly   bool   // go vet wants only the package's facts, for its importers
	VetxOutput string // where the facts go
}

// runVet serves one .cfg file of go vet; it returns only when it wrote the
// facts itself, or when the flags go vet passed on are wrong. It reads the
// .cfg before it builds the analyzer: most runs are facts-only (every
// dependency of the packages named), and those need no analyzer, whose Doc
// alone costs a parse of doc.go.
func runVet(args []string, stderr io.Writer) int {
	cfgFile := args[len(args)-1]
	done, err := vetFactsOnly(cfgFile)
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		return exitError
	case done:
		return exitClean
	}
	if err := checkVetFlags(args[:len(args)-1]); err != nil {
		return vetUsageError(cfgFile, err, stderr)
	}
	a, err := parstate.NewAnalyzer(parstate.Config{CategoryInMessage: true})
	if err != nil {
		panic(err) // unreachable: the Config is valid
	}
	// go vet always asks for -json and prints the messages alone: they
	// start with their category.
	os.Args = append(os.Args[:1], args...)
	singlechecker.Main(a)
	return exitError // unreachable: singlechecker.Main exits
}

// checkVetFlags parses the flags go vet passes on as the command line does,
// and returns the error of a wrong one.
func checkVetFlags(args []string) error {
	o := options{}
	return newFlagSet(&o).Parse(args)
}

// vetUsageError reports a wrong flag passed on by go vet. go vet learns
// parlint's flags from -flags but passes their values only with each
// package's .cfg file, so every package would fail with the same line, and
// go vet prints each failure. The first run of a go vet command prints the
// line and exits 2; the others exit 0, printing nothing and writing no facts,
// so that go vet caches nothing of them and the line is printed once.
func vetUsageError(cfgFile string, err error, stderr io.Writer) int {
	if !firstVetReport(cfgFile) {
		return exitClean
	}
	fmt.Fprintf(stderr, "parlint: %v (parlint -h lists the flags)\n", err)
	return exitUsage
}

// firstVetReport reports whether no other run of the go vet command that
// wrote cfgFile reported a wrong flag yet, and claims the report if so. go
// vet writes each package's .cfg file to a directory of its own in the
// command's work directory ($WORK/b001/vet.cfg, $WORK named go-build*),
// which it removes when it is done: a file there is shared by the runs of
// one command only. A .cfg file elsewhere always reports.
func firstVetReport(cfgFile string) bool {
	work := filepath.Dir(filepath.Dir(cfgFile))
	if !strings.HasPrefix(filepath.Base(work), "go-build") {
		return true
	}
	f, err := os.OpenFile(filepath.Join(work, "parlint-flag-error"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if errors.Is(err, fs.ErrExist) {
		return false
	}
	if err == nil {
		f.Close()
	}
	return true
}

// vetFactsOnly handles the .cfg file of a package that go vet runs parlint on
// only for its facts (a dependency of the packages named): parlint's analyzer
// has none (TestVetAnalyzerHasNoFacts), so it writes the empty facts file, as
// unitchecker writes when no analyzer has a fact to export, without parsing
// or type-checking the package. It reports whether it did.
func vetFactsOnly(cfgFile string) (bool, error) {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false, err
	}
	var cfg vetConfig
	if err := json.Unmarshal(data, &cfg); err != nil {
		return false, fmt.Errorf("cannot decode go vet's config file %s: %v", cfgFile, err)
	}
	if !cfg.VetxOnly {
		return false, nil
	}
	if cfg.VetxOutput != "" {
		if err := os.WriteFile(cfg.VetxOutput, nil, 0o666); err != nil {
			return false, err
		}
	}
	return true, nil
}

// vetFlags are the flags go vet may pass on to parlint: the analyzer's, and
// those of unitchecker's protocol that go vet does not serve itself.
var vetFlags = []string{"disable", "strict", "json", "fix", "diff", "V", "flags"}

// printVetFlags writes the JSON that go vet reads from parlint -flags.
func printVetFlags(w io.Writer) error {
	type jsonFlag struct {
		Name  string
		Bool  bool
		Usage string
	}
	o := options{}
	fs := newFlagSet(&o)
	var out []jsonFlag
	for _, name := range vetFlags {
		f := fs.Lookup(name)
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		out = append(out, jsonFlag{Name: f.Name, Bool: ok && b.IsBoolFlag(), Usage: f.Usage})
	}
	data, err := json.MarshalIndent(out, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// printVetVersion writes what go vet reads from parlint -V=full: the line
// unitchecker writes, with a hash of the executable as its build ID, so that
// go vet's cache of results changes with the binary.
func printVetVersion(w io.Writer) error {
	id, err := buildid.Executable()
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "parlint version devel %s buildID=%s\n", version.Get().Version, id)
	return err
}
