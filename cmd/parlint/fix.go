package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/parlint/parlint/internal/udiff"
)

// An offsetEdit is a text edit by byte offsets into its file as stored.
type offsetEdit struct {
	start, end int
	text       string
}

// A fixResult is what -fix and -diff make of a run's suggested fixes.
type fixResult struct {
	files map[string][]offsetEdit // accepted edits by file
	src   map[string][]byte       // the files the fixes edit, as read once before any edit
	fixed int                     // findings whose fix was accepted
	left  []finding               // findings left once the fixes are applied
	noFix int                     // of those, findings that had no fix before
	again int                     // of those, findings with a fix (one that overlapped another)
	added []string                // the categories of the others: findings in code the fixes inserted
}

// runFix applies the first suggested fix of every finding, or with -diff
// prints them as a unified diff, then analyzes the fixed files to say what
// is left, and returns the exit status: 1 when packages did not load, else
// 3 when findings are left (-fix) or there are findings (-diff), else 0.
func runFix(o options, stdout, stderr io.Writer) int {
	r, code, ok := analyzeReporting(o, stderr)
	if !ok {
		return code
	}
	res, err := collectFixes(r.findings())
	var fixed map[string][]byte
	if err == nil {
		fixed, err = res.apply()
	}
	if err == nil {
		err = res.write(fixed, o.diff, stdout)
	}
	if err == nil && len(fixed) > 0 {
		err = res.recount(o, fixed, len(r.failed) > 0)
	}
	if err != nil {
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		return exitError
	}
	if !o.diff {
		printText(stdout, res.left, -1)
	}
	fmt.Fprintf(stderr, "parlint: %s\n", res.report(o.diff))
	if len(res.left) > 0 || o.diff && res.fixed > 0 {
		code = max(code, exitFindings)
	}
	if o.verbose {
		printArtifacts(stderr, r)
	}
	return code
}

// collectFixes takes the first fix of each finding, in order, unless it
// overlaps a fix taken before it.
func collectFixes(fs []finding) (*fixResult, error) {
	res := &fixResult{files: map[string][]offsetEdit{}, src: map[string][]byte{}}
	for _, f := range fs {
		if len(f.diag.SuggestedFixes) == 0 {
			res.left = append(res.left, f)
			continue
		}
		byFile := map[string][]offsetEdit{}
		for _, e := range f.diag.SuggestedFixes[0].TextEdits {
			tok := f.fset.File(e.Pos)
			if tok == nil {
				return nil, errors.New("a suggested fix edits no file")
			}
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			byFile[tok.Name()] = append(byFile[tok.Name()], offsetEdit{tok.Offset(e.Pos), tok.Offset(end), string(e.NewText)})
		}
		ok, err := res.accept(byFile)
		switch {
		case err != nil:
			return nil, err
		case ok:
			res.fixed++
		default:
			res.left = append(res.left, f)
			res.again++
		}
	}
	res.noFix = len(res.left) - res.again
	return res, nil
}

// recount analyzes the fixed files, as they are on disk after -fix and as
// -diff would leave them, and sets what is left: a fix may leave a finding
// in the code it inserts (parstate.FollowUps), which the run before the
// fixes could not see. loadFailed tells whether packages failed to load
// before the fixes; a fix that makes a package fail is an error.
func (res *fixResult) recount(o options, fixed map[string][]byte, loadFailed bool) error {
	r, err := analyze(o, fixed)
	if err != nil {
		return fmt.Errorf("analyzing the fixed files: %v", err)
	}
	if line := summary(r.failed); line != "" && !loadFailed {
		return fmt.Errorf("after the fixes, %s", line)
	}
	before := map[string]int{} // the findings that had no fix, by file, category and message
	for _, f := range res.left {
		if len(f.diag.SuggestedFixes) == 0 {
			before[findingKey(f)]++
		}
	}
	res.left, res.noFix, res.again, res.added = r.findings(), 0, 0, nil
	for _, f := range res.left {
		switch key := findingKey(f); {
		case len(f.diag.SuggestedFixes) > 0:
			res.again++
		case before[key] > 0:
			before[key]--
			res.noFix++
		default:
			res.added = append(res.added, f.diag.Category)
		}
	}
	return nil
}

// findingKey identifies a finding across edits of its file, which move it.
func findingKey(f finding) string {
	return f.fset.PositionFor(f.diag.Pos, false).Filename + "\x00" + f.diag.Category + "\x00" + f.diag.Message
}

// accept adds the edits of one fix when they apply together with those
// accepted so far, and reports whether they did.
func (res *fixResult) accept(byFile map[string][]offsetEdit) (bool, error) {
	for name, edits := range byFile {
		if _, ok := res.src[name]; !ok {
			data, err := os.ReadFile(name)
			if err != nil {
				return false, err
			}
			res.src[name] = data
		}
		if _, err := applyEdits(res.src[name], append(slices.Clone(res.files[name]), edits...)); err != nil {
			return false, nil
		}
	}
	for name, edits := range byFile {
		res.files[name] = append(res.files[name], edits...)
	}
	return true, nil
}

// applyEdits applies edits to src. Identical edits count once and
// insertions at one offset go in order; any other overlap is an error.
func applyEdits(src []byte, edits []offsetEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b offsetEdit) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
	edits = slices.Compact(edits)
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) overlaps another", e.start, e.end)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// apply returns the contents of the files once the accepted edits are
// applied, by file name.
func (res *fixResult) apply() (map[string][]byte, error) {
	fixed := map[string][]byte{}
	for name, edits := range res.files {
		var err error
		if fixed[name], err = applyEdits(res.src[name], edits); err != nil {
			return nil, err
		}
	}
	return fixed, nil
}

// write writes the fixed files, or with diff prints their diffs to w, by
// file name.
func (res *fixResult) write(fixed map[string][]byte, diff bool, w io.Writer) error {
	for _, name := range slices.Sorted(maps.Keys(fixed)) {
		if diff {
			fmt.Fprint(w, udiff.Unified(shortPath(name), res.src[name], fixed[name]))
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(name, fixed[name], info.Mode().Perm()); err != nil {
			return err
		}
	}
	return nil
}

// report says what -fix did, or what -diff would do, and what is left:
//
//	fixed 6 findings in 6 files; 4 findings left: 2 with no automatic fix, 2 in code the fixes inserted (sourceid-missing)
func (res *fixResult) report(diff bool) string {
	if res.fixed == 0 && len(res.left) == 0 {
		return "no findings, nothing to fix"
	}
	verb, left := "fixed", "left"
	if diff {
		verb, left = "the diff fixes", "left after it"
	}
	line := fmt.Sprintf("%s %s in %s", verb, plural(res.fixed, "finding"), plural(len(res.files), "file"))
	if len(res.left) == 0 {
		return line
	}
	var parts []string
	if res.noFix > 0 {
		parts = append(parts, fmt.Sprintf("%d with no automatic fix", res.noFix))
	}
	if len(res.added) > 0 {
		parts = append(parts, fmt.Sprintf("%d in code the fixes inserted (%s)", len(res.added), strings.Join(slices.Compact(slices.Sorted(slices.Values(res.added))), ", ")))
	}
	if res.again > 0 {
		parts = append(parts, fmt.Sprintf("%d with a fix still to apply: run parlint -fix again", res.again))
	}
	return fmt.Sprintf("%s; %s %s: %s", line, plural(len(res.left), "finding"), left, strings.Join(parts, ", "))
}
