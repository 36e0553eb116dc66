package parstate

import (
	"go/types"
	"strings"

	"golang.org/x/mod/semver"
)

// imageSince is the first SDK version with packer/registry/image.
const imageSince = "v0.2.5"

// imageUnavailable returns why the package's build cannot provide the
// registry image package, so that a fix must not import it, or "" when it
// can. Legacy plugins that do not depend on the SDK, plugins on SDK v0.2.3
// and older, and vendored plugins whose vendor/ lacks the package all exist.
func (c *pkgContext) imageUnavailable() string {
	if c.imageWhy != nil {
		return *c.imageWhy
	}
	why := c.findImageUnavailable()
	c.imageWhy = &why
	return why
}

// findImageUnavailable decides from what the pass describes, never from the
// file system: every driver (parlint's checker, go vet's unitchecker, gopls,
// golangci-lint) lets pass.ReadFile read only the package's own files, so
// go.mod and vendor/ are out of reach, and pass.Module names the package's
// module, not what it requires. What the pass does show is the build's
// packages: the build provides the registry image package when the package
// imports it already, directly or not, when the package is the SDK's own,
// or when a package it imports comes from the SDK and the file declaring it
// lies in the module cache at a version that has it. Anything else is
// unknown, and an unknown build gets no fix.
func (c *pkgContext) findImageUnavailable() string {
	if c.pass.Module != nil && c.pass.Module.Path == sdkModule {
		return ""
	}
	sdk, imported := importedSDK(c.pass.Pkg)
	if imported {
		return ""
	}
	if len(sdk) == 0 {
		return "nothing this package imports comes from " + sdkModule + ", so parlint cannot tell whether its build provides packer/registry/image; depend on the SDK " + imageSince + " or newer first"
	}
	return sdkFileProvidesImage(c.declFile(sdk))
}

// importedSDK returns the SDK's packages among those pkg imports, directly
// or not, and reports whether the registry image package is one of them.
// The import lists of packages loaded from export data may be incomplete, so
// the image package can be missed: sdkFileProvidesImage answers then.
func importedSDK(pkg *types.Package) ([]*types.Package, bool) {
	var sdk []*types.Package
	seen := map[*types.Package]bool{}
	var walk func(pkgs []*types.Package) bool
	walk = func(pkgs []*types.Package) bool {
		for _, p := range pkgs {
			if seen[p] {
				continue
			}
			seen[p] = true
			switch path := pkgPath(p); {
			case path == imagePath:
				return true
			case isSDKPath(path):
				sdk = append(sdk, p)
			}
			if walk(p.Imports()) {
				return true
			}
		}
		return false
	}
	return sdk, walk(pkg.Imports())
}

// declFile returns the name of a file that declares one of the packages'
// objects, as the pass's file set records it, or "".
func (c *pkgContext) declFile(pkgs []*types.Package) string {
	for _, p := range pkgs {
		for _, name := range p.Scope().Names() {
			if pos := p.Scope().Lookup(name).Pos(); pos.IsValid() {
				if f := c.pass.Fset.File(pos); f != nil && f.Name() != "" {
					return f.Name()
				}
			}
		}
	}
	return ""
}

// sdkFileProvidesImage returns why the SDK that holds the file name cannot
// provide the registry image package, or "". A released SDK lies in the
// module cache under its module path and version, as compilers, go vet and
// gopls record it (with -trimpath, without the cache's directory); a
// replacement by a directory, a vendor directory or a GOPATH holds no
// version, and what it holds is out of the pass's reach.
func sdkFileProvidesImage(name string) string {
	name = strings.ReplaceAll(name, `\`, "/") // a Windows file, whatever the host
	const released = sdkModule + "@"
	i := strings.LastIndex(name, "/"+released)
	if i >= 0 {
		i++
	} else if strings.HasPrefix(name, released) {
		i = 0
	}
	if i >= 0 {
		version, _, _ := strings.Cut(name[i+len(released):], "/")
		switch {
		case !semver.IsValid(version):
		case semver.Compare(version, imageSince) < 0:
			return "this build uses " + sdkModule + " " + version + ", which has no packer/registry/image; upgrade it to " + imageSince + " or newer first"
		default:
			return ""
		}
	}
	switch {
	case name == "":
		return "parlint cannot tell which version of " + sdkModule + " this build uses"
	case strings.Contains("/"+name, "/vendor/"+sdkModule+"/"):
		return "this build vendors " + sdkModule + ", and parlint cannot tell whether the vendor directory holds packer/registry/image; import it and run go mod vendor first"
	}
	return "this build takes " + sdkModule + " from a directory (a replace directive or GOPATH), not a released version, so parlint cannot tell whether it has packer/registry/image"
}
