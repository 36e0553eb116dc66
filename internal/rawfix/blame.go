package rawfix

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/parlint/parlint/internal/edit"
)

// An appliedFix is one suggested fix with the diagnostic that offers it,
// its edits grouped by file: what a failure names, so that whoever reads it
// knows which fix to look at.
type appliedFix struct {
	diagnostic
	msg   string
	edits map[string]*fileEdits
}

func newAppliedFix(d diagnostic, fix analysis.SuggestedFix) appliedFix {
	return appliedFix{d, fix.Message, byFile(d.pkg.Fset, fix.TextEdits)}
}

// String names the fix by its category, its message and where its
// diagnostic is.
func (f appliedFix) String() string {
	return fmt.Sprintf("%s fix %q at %s (for %q)", f.Category, f.msg, f.pkg.Fset.Position(f.Pos), f.Message)
}

// applyAll applies the edits of fixes to the unedited files, all together,
// and returns the files they change by name. It fails when the edits to a
// file overlap, naming two fixes that conflict.
func applyAll(t testing.TB, fixes []appliedFix) (map[string][]byte, error) {
	t.Helper()
	all := map[string]*fileEdits{}
	for _, fix := range fixes {
		for name, fe := range fix.edits {
			if all[name] == nil {
				all[name] = &fileEdits{tok: fe.tok}
			}
			all[name].edits = append(all[name].edits, fe.edits...)
		}
	}
	out := map[string][]byte{}
	for name, fe := range all {
		fixed, err := edit.Apply(readFile(t, name), fe.tok, fe.edits)
		if err != nil {
			return nil, fmt.Errorf("the fixes to %s conflict (%v): %s", name, err, conflicting(t, name, fe.tok, fixes))
		}
		out[name] = fixed
	}
	return out, nil
}

// conflicting names the first two fixes whose edits to the file name
// overlap.
func conflicting(t testing.TB, name string, tok *token.File, fixes []appliedFix) string {
	t.Helper()
	src := readFile(t, name)
	var mine []appliedFix
	for _, fix := range fixes {
		if fix.edits[name] != nil {
			mine = append(mine, fix)
		}
	}
	for i, a := range mine {
		for _, b := range mine[:i] {
			if _, err := edit.Apply(src, tok, append(slices.Clone(b.edits[name].edits), a.edits[name].edits...)); err != nil {
				return fmt.Sprintf("%s and %s", b, a)
			}
		}
	}
	return "no two of them alone"
}

// blameTypeErrors reports the type errors of fixed, a package loaded after
// every fix was applied raw, naming the fixes to its files and, of those,
// each without which fewer errors remain: as each fix alone type-checks,
// those are the ones that break it together.
func blameTypeErrors(t testing.TB, tc *typeChecker, pkgs []*packages.Package, fixed *packages.Package, fixes []appliedFix) {
	t.Helper()
	var errs []string
	for _, err := range fixed.TypeErrors {
		errs = append(errs, err.Error())
	}
	i := slices.IndexFunc(pkgs, func(p *packages.Package) bool { return p.ID == fixed.ID })
	if i < 0 {
		t.Errorf("after every fix, raw, package %s does not type-check:\n\t%s", fixed.PkgPath, strings.Join(errs, "\n\t"))
		return
	}
	orig := pkgs[i]
	var mine, culprits []string
	var ofPkg []appliedFix
	for _, fix := range fixes {
		for name := range fix.edits {
			if slices.Contains(orig.CompiledGoFiles, name) {
				ofPkg = append(ofPkg, fix)
				mine = append(mine, fix.String())
				break
			}
		}
	}
	// Count the errors as typeCheck reports them, with every fix and then
	// without each, so that the counts compare.
	replaced, err := applyAll(t, ofPkg)
	all := len(errs)
	if err == nil {
		all = len(tc.check(orig, replaced))
	}
	for i, fix := range ofPkg {
		others := append(slices.Clone(ofPkg[:i]), ofPkg[i+1:]...)
		if replaced, err := applyAll(t, others); err == nil && len(tc.check(orig, replaced)) < all {
			culprits = append(culprits, fix.String())
		}
	}
	msg := fmt.Sprintf("after every fix, raw, package %s does not type-check:\n\t%s\nthe fixes to its files:\n\t%s",
		fixed.PkgPath, strings.Join(errs, "\n\t"), strings.Join(mine, "\n\t"))
	if len(culprits) > 0 {
		msg += "\nwithout any one of these, fewer errors remain:\n\t" + strings.Join(culprits, "\n\t")
	}
	t.Errorf("%s", msg)
}
