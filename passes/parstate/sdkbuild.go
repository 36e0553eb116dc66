package parstate

import (
	"go/types"
	"os"
	"path/filepath"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// imageSince is the first SDK version with packer/registry/image.
const imageSince = "v0.2.5"

// imageUnavailable returns why the package's build cannot provide the
// registry image package, so that a fix must not import it, or "" when it
// can: the package imports it already, directly or not; or the module
// requires an SDK that has it (vendored: and vendor/ holds it); or, in
// GOPATH mode, it is on GOPATH. Legacy plugins that do not depend on the
// SDK, plugins on SDK v0.2.3 and older, and vendored plugins whose vendor/
// lacks the package all exist.
func (c *pkgContext) imageUnavailable() string {
	if c.imageWhy != nil {
		return *c.imageWhy
	}
	why := c.findImageUnavailable()
	c.imageWhy = &why
	return why
}

func (c *pkgContext) findImageUnavailable() string {
	seen := map[string]bool{}
	var imports func(pkgs []*types.Package) bool
	imports = func(pkgs []*types.Package) bool {
		for _, p := range pkgs {
			path := pkgPath(p)
			if seen[path] {
				continue
			}
			seen[path] = true
			if path == imagePath || imports(p.Imports()) {
				return true
			}
		}
		return false
	}
	if imports(c.pass.Pkg.Imports()) {
		return ""
	}
	if len(c.pass.Files) == 0 {
		return "parlint cannot tell whether this build provides " + imagePath
	}
	dir := filepath.Dir(c.pass.Fset.File(c.pass.Files[0].Pos()).Name())
	for {
		if exists(filepath.Join(dir, "go.mod")) {
			return moduleProvidesImage(dir)
		}
		if exists(filepath.Join(dir, filepath.FromSlash(imagePath))) {
			return "" // a GOPATH src root, or a vendor directory, that holds it
		}
		if exists(filepath.Join(dir, "vendor", filepath.FromSlash(imagePath))) {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "this build does not provide " + imagePath + "; add github.com/hashicorp/packer-plugin-sdk " + imageSince + " or newer first"
		}
		dir = parent
	}
}

// moduleProvidesImage returns why the module rooted at dir cannot provide
// the registry image package, or "".
func moduleProvidesImage(dir string) string {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "parlint cannot read " + filepath.Join(dir, "go.mod")
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		return "parlint cannot parse " + filepath.Join(dir, "go.mod")
	}
	if f.Module != nil && f.Module.Mod.Path == sdkModule {
		return ""
	}
	version := ""
	for _, r := range f.Require {
		if r.Mod.Path == sdkModule {
			version = r.Mod.Version
		}
	}
	for _, r := range f.Replace {
		if r.Old.Path == sdkModule && r.New.Version == "" {
			if exists(filepath.Join(dir, r.New.Path, "packer", "registry", "image")) {
				return ""
			}
			return "the module's replacement of " + sdkModule + " has no packer/registry/image"
		}
	}
	switch {
	case version == "":
		return "the module does not depend on " + sdkModule + "; add it (" + imageSince + " or newer) first"
	case semver.Compare(version, imageSince) < 0:
		return "the module requires " + sdkModule + " " + version + ", which has no packer/registry/image; upgrade it to " + imageSince + " or newer first"
	}
	if exists(filepath.Join(dir, "vendor", "modules.txt")) && !exists(filepath.Join(dir, "vendor", filepath.FromSlash(imagePath))) {
		return "the module's vendor directory lacks packer/registry/image; run go mod vendor after importing it"
	}
	return ""
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
