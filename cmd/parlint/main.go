// Command parlint checks that Packer plugin artifacts publish their images to
// the HCP Packer registry. Run it on packages (parlint ./...) or through
// go vet -vettool=$(which parlint).
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/parlint/parlint/passes/parstate"
)

func main() {
	if err := checkArgs(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "parlint: %v\n", err)
		os.Exit(2)
	}
	singlechecker.Main(parstate.New())
}
