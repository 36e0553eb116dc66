// Command sdkstubs writes the copies of parlint's SDK stub from its source
// (see package sdkstub); go generate runs it:
//
//	go generate ./internal/sdkstub
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parlint/parlint/internal/sdkstub"
)

func main() {
	root := flag.String("root", ".", "the repository's root directory")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: sdkstubs [-root DIR]")
		os.Exit(2)
	}
	if err := sdkstub.Write(*root); err != nil {
		fmt.Fprintln(os.Stderr, "sdkstubs:", err)
		os.Exit(1)
	}
}
