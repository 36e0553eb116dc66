// Command newcheck adds a category to parlint, or regenerates what derives
// from the categories. From the module root:
//
//	go run ./internal/cmd/newcheck labels-missing
//
// creates passes/parstate/labelsmissing.go (the category's header, constant,
// check and a first check function), a first scenario under
// passes/parstate/testdata/src/labelsmissing/ with its // want, and a
// paragraph in doc.go's manual; then, as
//
//	go run ./internal/cmd/newcheck -generate
//
// alone does (and go generate ./passes/parstate), it rewrites the list of
// checks (passes/parstate/checks.go) and the README's table of checks and
// per-category sections from doc.go.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parlint/parlint/internal/catalog"
)

func main() {
	generate := flag.Bool("generate", false, "only regenerate the list of checks and the README's generated part")
	root := flag.String("C", "", "the module's root `directory` (default: found from the working directory)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: newcheck [-C dir] NAME | newcheck [-C dir] -generate")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(*root, *generate, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "newcheck:", err)
		os.Exit(1)
	}
}

func run(root string, generate bool, args []string) error {
	if generate == (len(args) == 1) || len(args) > 1 {
		flag.Usage()
		os.Exit(2)
	}
	if root == "" {
		var err error
		if root, err = moduleRoot(); err != nil {
			return err
		}
	}
	var files []string
	var err error
	if generate {
		files, err = catalog.Generate(root)
	} else {
		files, err = catalog.Scaffold(root, args[0])
	}
	for _, f := range files {
		if rel, relErr := filepath.Rel(root, f); relErr == nil {
			f = rel
		}
		fmt.Println(f)
	}
	return err
}

// moduleRoot returns the nearest directory, from the working directory up,
// that holds the analyzer package.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, catalog.Pkg, "doc.go")); err == nil && !fi.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no %s above the working directory: run it in parlint's module, or pass -C", catalog.Pkg)
		}
		dir = parent
	}
}
