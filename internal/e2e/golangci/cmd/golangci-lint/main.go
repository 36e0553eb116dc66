// Command golangci-lint is golangci-lint v2 with parlint built in, made
// with go build from the module proxy alone. It is what `golangci-lint custom`
// builds from .custom-gcl.yml, without the clone of golangci-lint's
// repository that the custom command needs.
//
// The end-to-end test in ../.. builds it and runs it on examples/.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/parlint/parlint/golangci" // registers the parlint plugin
)

const golangciModule = "github.com/golangci/golangci-lint/v2"

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo reports golangci-lint's own version, not this module's, so that
// `golangci-lint version` says which golangci-lint parlint is built into.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "unknown", Commit: "parlint", Date: "(unknown)", GoVersion: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == golangciModule {
			info.Version = strings.TrimPrefix(dep.Version, "v")
		}
	}
	return info
}
