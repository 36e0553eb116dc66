// Package version says which parlint this is: the version of the module it
// was installed at (go install github.com/parlint/parlint/cmd/parlint@v0.1.0),
// or, for a build from a checkout, the constant Release with "+devel", and
// the Go and golang.org/x/tools versions it was built with.
package version

import (
	"fmt"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/semver"
)

// Release is the version of the last release. It is bumped, with a
// CHANGELOG.md entry of the same version, in the commit that is tagged for
// the release (see the README's "Releasing" section).
const Release = "v0.1.0"

// ModulePath is parlint's module path.
const ModulePath = "github.com/parlint/parlint"

// An Info is what a binary knows of its own build.
type Info struct {
	Version   string // parlint's version, such as v0.1.0 or v0.1.0+devel
	GoVersion string // the Go toolchain that built it, such as go1.26.8
	XTools    string // the version of golang.org/x/tools compiled in
}

// Get returns the Info of the running binary.
func Get() Info {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return Info{Version: Release + "+devel", GoVersion: "unknown", XTools: "unknown"}
	}
	return FromBuildInfo(info)
}

// FromBuildInfo returns the Info of a build. The module's version counts
// when parlint is the main module built at a version (go install ...@v0.1.0,
// or a checkout stamped by the go command's VCS support) or when it is a
// dependency of the main module (go tool parlint from a tools module).
// Otherwise, as in a checkout built with -buildvcs=false, the version is
// Release+devel.
func FromBuildInfo(info *debug.BuildInfo) Info {
	out := Info{Version: Release + "+devel", GoVersion: info.GoVersion, XTools: "unknown"}
	if info.Main.Path == ModulePath && semver.IsValid(info.Main.Version) && !local(info.Main) {
		out.Version = info.Main.Version
	}
	for _, dep := range info.Deps {
		switch dep.Path {
		case "golang.org/x/tools":
			out.XTools = dep.Version
			if dep.Replace != nil && dep.Replace.Version != "" {
				out.XTools = dep.Replace.Version
			}
		case ModulePath:
			if semver.IsValid(dep.Version) && !local(*dep) {
				out.Version = dep.Version
			}
		}
	}
	return out
}

// local reports whether m is replaced by a directory, such as a checkout:
// its version is then what go.mod requires, not what was built.
func local(m debug.Module) bool {
	return m.Replace != nil && !semver.IsValid(m.Replace.Version)
}

// String returns the lines that parlint -version prints.
func (i Info) String() string {
	return fmt.Sprintf("parlint %s\nbuilt with %s and golang.org/x/tools %s\n", i.Version, i.GoVersion, i.XTools)
}

// SemVer returns the version without its "v", as SARIF's
// semanticVersion wants it: 0.1.0, or 0.1.0+devel.
func (i Info) SemVer() string {
	return strings.TrimPrefix(i.Version, "v")
}
