package parstate

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/internal/edit"
)

// Every fix keeps its package compiling when its edits are applied raw,
// alone or with any of the package's other fixes: gopls applies one,
// golangci-lint --fix applies them all, and neither runs goimports. Adding
// code cannot break that; deleting code can, when what goes holds the last
// use of a variable or an import once the other fixes delete theirs. So
// each fix builder declares the nodes its edits delete, and a fix that must
// choose its edits by what the others delete (error-return's) is built
// after every fix of the package has declared.

// A proposedFix is what a fix builder returns: the nodes its edits may
// delete, and the fix, or how to build it from what the package's fixes
// delete. The zero proposedFix offers no fix.
type proposedFix struct {
	deletes []ast.Node
	fixes   []analysis.SuggestedFix
	build   func(deleted deletions) proposedFix
}

// deletions are the nodes that the package's fixes may delete.
type deletions []ast.Node

// covers reports whether a node of d encloses n.
func (d deletions) covers(n ast.Node) bool {
	for _, del := range d {
		if del.Pos() <= n.Pos() && n.End() <= del.End() {
			return true
		}
	}
	return false
}

// fix returns the fix msg made of edits to f and of the edits that add
// imports to it, which deletes the nodes deletes: those whose text edits
// remove, not those they rewrite keeping the text. It offers no fix when the
// imports cannot be added or the edits are not valid (outside the file,
// overlapping), as positions in code that does not parse may be.
func fix(f *edit.File, msg string, imports []edit.Import, deletes []ast.Node, edits ...analysis.TextEdit) proposedFix {
	importEdits, ok := f.AddImports(imports)
	if !ok {
		return proposedFix{}
	}
	edits = append(importEdits, edits...)
	if !f.Valid(edits) {
		return proposedFix{}
	}
	return proposedFix{deletes: deletes, fixes: []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}}
}

// afterOthers returns the proposal of a fix that build writes once the
// package's fixes have declared what they delete, build's own included:
// deletes, which covers whatever the fix build returns deletes.
func afterOthers(deletes []ast.Node, build func(deletions) proposedFix) proposedFix {
	return proposedFix{deletes: deletes, build: build}
}

// resolve returns the fix of p, given what the package's fixes delete. A
// built fix that deletes what p did not declare is dropped: the other fixes
// chose their edits trusting the declaration.
func (p proposedFix) resolve(deleted deletions) []analysis.SuggestedFix {
	if p.build == nil {
		return p.fixes
	}
	built := p.build(deleted)
	for _, n := range built.deletes {
		if !deletions(p.deletes).covers(n) {
			return nil
		}
	}
	return built.fixes
}

// buildFixes writes the fixes of the findings, each knowing what all of them
// may delete. A fix that is dropped later (it conflicts, or its finding is a
// duplicate) still counts as deleting: the others then keep more, not less.
func buildFixes(findings []finding) []analysis.Diagnostic {
	var deleted deletions
	for _, f := range findings {
		for _, p := range f.fixes {
			deleted = append(deleted, p.deletes...)
		}
	}
	diags := make([]analysis.Diagnostic, len(findings))
	for i, f := range findings {
		diags[i] = f.Diagnostic
		for _, p := range f.fixes {
			diags[i].SuggestedFixes = append(diags[i].SuggestedFixes, p.resolve(deleted)...)
		}
	}
	return diags
}

// fixPriority lists the categories whose fixes may conflict, the one that
// wins a conflict first. Two fixes conflict when their edits overlap, as
// when each rewrites a one-line import declaration to add its own import,
// or one edits inside an expression the other replaces. The loser's finding
// is still reported, its message says what to write, and a second run
// offers its fix once the winner's is applied.
func fixPriority() []string {
	return []string{
		// Replacing the literal key with the SDK's constant of the same
		// value changes nothing that runs: it is always safe to take.
		CategoryURILiteral,
		// Without its branch the artifact publishes nothing at all; the
		// other fixes mend images that reach the registry already.
		CategoryURIMissing,
		// A failed call then makes Packer publish an empty image, fail the
		// build's HCP Packer step, or drop the artifact without a word.
		CategoryErrorIgnored,
		CategoryErrorReturn,
		// The image is published, only not linked to its source; and an
		// Image literal returned on an error path is error-return's to
		// delete, not this fix's to complete.
		CategorySourceIDMissing,
	}
}

// fixRank returns the place of category in fixPriority; a category missing
// from the list ranks last.
func fixRank(category string) int {
	if i := slices.Index(fixPriority(), category); i >= 0 {
		return i
	}
	return len(fixPriority())
}

// dropConflicts removes the fix of each diagnostic whose edits conflict with
// those of a diagnostic whose category comes first in fixPriority (or, in
// the same category, that comes first in the file). Drivers merge all fixes
// of a run and drop, or reject, a fix that conflicts with another.
func dropConflicts(diags []analysis.Diagnostic) {
	order := make([]int, len(diags))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return cmp.Or(cmp.Compare(fixRank(diags[i].Category), fixRank(diags[j].Category)), cmp.Compare(diags[i].Pos, diags[j].Pos))
	})
	var accepted []analysis.TextEdit
	for _, i := range order {
		d := &diags[i]
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		if overlapsAny(d.SuggestedFixes[0].TextEdits, accepted) {
			d.SuggestedFixes = nil // the message still says what to write
		} else {
			accepted = append(accepted, d.SuggestedFixes[0].TextEdits...)
		}
	}
}

// overlapsAny reports whether an edit of edits overlaps one of accepted and
// differs from it: two fixes that each rewrite a one-line import
// declaration, say. Identical edits and insertions at one point merge.
func overlapsAny(edits, accepted []analysis.TextEdit) bool {
	for _, e := range edits {
		for _, a := range accepted {
			same := e.Pos == a.Pos && e.End == a.End && string(e.NewText) == string(a.NewText)
			if !same && e.Pos < a.End && a.Pos < e.End {
				return true
			}
		}
	}
	return false
}

// logImageError returns the statement that logs arg, as the SDK's
// documented pattern logs the error of a failed image call, and the import
// of log that f lacks for it at pos. verb is the pattern's %s for an error
// variable; an expression that a fix keeps rather than deletes may be of any
// type, and gets %v, which go vet's printf check accepts for all.
func (c *pkgContext) logImageError(f *edit.File, pos token.Pos, verb, arg string) (string, []edit.Import, bool) {
	logName, imports, ok := c.importFor(f, pos, "log", "log")
	if !ok {
		return "", nil, false
	}
	return fmt.Sprintf(`%s.Printf("[DEBUG] error creating HCP Packer registry image: %s", %s)`, logName, verb, arg), imports, true
}
