// Command minvet is the cheapest vettool go vet accepts, the floor that
// scripts/bench-govet.sh measures parlint's go vet runs against. It answers
// -flags with no flags and -V=full with a build ID (a hash of its
// executable, as unitchecker's), and for each package's .cfg file it writes
// the empty facts file, as unitchecker does when no analyzer has facts, and
// exits 0. It reads nothing else and reports nothing, even for the packages
// named: all it costs is go vet's own work and one process start per package.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/parlint/parlint/internal/buildid"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "minvet: %v\n", err)
		os.Exit(1)
	}
}

// run serves one command line of go vet: -flags, -V=full, or the flags it
// passes on (-json, which minvet ignores) and a .cfg file.
func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: minvet -flags | -V=full | [-json] x.cfg")
	}
	switch last := args[len(args)-1]; {
	case last == "-flags":
		_, err := fmt.Println("[]")
		return err
	case last == "-V=full":
		return printVersion()
	case !strings.HasSuffix(last, ".cfg"):
		return fmt.Errorf("usage: minvet -flags | -V=full | [-json] x.cfg")
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return err
	}
	var cfg struct{ VetxOutput string }
	if err := json.Unmarshal(data, &cfg); err != nil {
		return err
	}
	if cfg.VetxOutput == "" {
		return nil
	}
	return os.WriteFile(cfg.VetxOutput, nil, 0o666)
}

// printVersion writes the line go vet reads from -V=full; the go command
// keys its cache of vet results on the build ID at its end.
func printVersion() error {
	id, err := buildid.Executable()
	if err != nil {
		return err
	}
	_, err = fmt.Printf("minvet version devel buildID=%s\n", id)
	return err
}
