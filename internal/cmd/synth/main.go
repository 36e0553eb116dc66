// Command synth writes a synthetic Packer plugin module for benchmarks:
//
//	go run ./internal/cmd/synth -packages 500 -artifacts 3 DIR
//
// It prints the plugin module's directory (DIR/plugin); the fake SDK it
// replaces the real one with is in DIR/sdk.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parlint/parlint/internal/synth"
)

func main() {
	var o synth.Options
	flag.IntVar(&o.Packages, "packages", 500, "number of plugin packages")
	flag.IntVar(&o.Artifacts, "artifacts", 3, "number of artifact types per package")
	flag.IntVar(&o.Filler, "filler", 20, "number of ordinary functions per package")
	flag.BoolVar(&o.Tests, "tests", true, "add a _test.go file to each package")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: synth [-packages N] [-artifacts M] DIR")
		os.Exit(2)
	}
	dir, err := synth.Write(flag.Arg(0), o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
	fmt.Println(dir)
}
