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

	"github.com/parlint/parlint/internal/udiff"
)

// An offsetEdit is a text edit by byte offsets into its file as stored.
type offsetEdit struct {
	start, end int
	text       string
}

// A fixResult is what -fix and -diff make of a run's suggested fixes.
type fixResult struct {
	files   map[string][]offsetEdit // accepted edits by file
	fixed   int                     // findings whose fix was accepted
	left    []finding               // findings with no fix, or whose fix conflicts
	skipped int                     // of those, findings whose fix conflicts with another
}

// runFix applies the first suggested fix of every finding, or with -diff
// prints them as a unified diff, and returns the exit status: 1 when
// packages did not load, else 3 when findings are left (-fix) or there are
// findings (-diff), else 0.
func runFix(o options, stdout, stderr io.Writer) int {
	r, code, ok := analyzeReporting(o, stderr)
	if !ok {
		return code
	}
	res, err := collectFixes(r.findings())
	if err == nil {
		err = res.write(o.diff, stdout)
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
	res := &fixResult{files: map[string][]offsetEdit{}}
	src := map[string][]byte{}
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
		ok, err := res.accept(byFile, src)
		switch {
		case err != nil:
			return nil, err
		case ok:
			res.fixed++
		default:
			res.left = append(res.left, f)
			res.skipped++
		}
	}
	return res, nil
}

// accept adds the edits of one fix when they apply together with those
// accepted so far, and reports whether they did.
func (res *fixResult) accept(byFile map[string][]offsetEdit, src map[string][]byte) (bool, error) {
	for name, edits := range byFile {
		if _, ok := src[name]; !ok {
			data, err := os.ReadFile(name)
			if err != nil {
				return false, err
			}
			src[name] = data
		}
		if _, err := applyEdits(src[name], append(slices.Clone(res.files[name]), edits...)); err != nil {
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

// write writes the fixed files, or with diff prints their diffs to w, by
// file name.
func (res *fixResult) write(diff bool, w io.Writer) error {
	for _, name := range slices.Sorted(maps.Keys(res.files)) {
		old, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		fixed, err := applyEdits(old, res.files[name])
		if err != nil {
			return err
		}
		if diff {
			fmt.Fprint(w, udiff.Unified(shortPath(name), old, fixed))
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(name, fixed, info.Mode().Perm()); err != nil {
			return err
		}
	}
	return nil
}

// report says what -fix did, or what -diff would do.
func (res *fixResult) report(diff bool) string {
	if res.fixed == 0 && len(res.left) == 0 {
		return "no findings, nothing to fix"
	}
	verb := "fixed"
	if diff {
		verb = "the diff fixes"
	}
	line := fmt.Sprintf("%s %s in %s", verb, plural(res.fixed, "finding"), plural(len(res.files), "file"))
	if noFix := len(res.left) - res.skipped; noFix > 0 {
		line += fmt.Sprintf("; %s no automatic fix", hasHave(noFix))
	}
	if res.skipped > 0 {
		line += fmt.Sprintf("; %s a fix that overlaps another: run parlint -fix again", hasHave(res.skipped))
	}
	return line
}

func hasHave(n int) string {
	if n == 1 {
		return "1 finding has"
	}
	return fmt.Sprintf("%d findings have", n)
}
