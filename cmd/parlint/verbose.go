package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/parlint/parlint/passes/parstate"
)

// printArtifacts writes, for -v, each artifact parstate found and what it
// did with it, then a count, so that a clean run says what it looked at:
//
//	builder/happycloud/artifact.go:40:19: checked example.com/happycloud/builder/happycloud.Artifact
//	parlint: 3 packages, 4 artifacts: 3 checked, 1 left alone: 1 because it has no image to publish: its name says "zip"
//
// An artifact whose findings parstate withholds, as it reports nothing in a
// file that does not type-check, is not listed as checked: the line says so
// and names the file's first error, and the count keeps it apart.
func printArtifacts(w io.Writer, r *analysisRun) {
	var n artifactTally
	n.left = map[string]int{}
	seen := map[string]bool{}
	roots := r.roots()
	for _, act := range roots {
		res, ok := act.Result.(*parstate.Result)
		if !ok || act.Err != nil {
			continue
		}
		fset := act.Package.Fset
		for _, a := range res.Artifacts {
			posn := shortPath(fset.Position(a.Pos).String())
			if seen[posn] { // a package and its test variant
				continue
			}
			seen[posn] = true
			switch {
			case a.Withheld != "":
				n.withheld++
				fmt.Fprintf(w, "%s: withheld %s: parlint reports nothing in a file that does not type-check: %s: %s\n",
					posn, a.Type, shortPath(fset.Position(a.WithheldPos).String()), oneLine(a.Withheld))
			case a.Checked:
				n.checked++
				fmt.Fprintf(w, "%s: checked %s\n", posn, a.Type)
			default:
				n.left[a.Reason]++
				fmt.Fprintf(w, "%s: left alone %s: %s\n", posn, a.Type, a.Reason)
			}
		}
	}
	fmt.Fprintf(w, "parlint: %s\n", n.String(len(roots)))
}

// An artifactTally counts the artifacts -v lists, by what parstate did.
type artifactTally struct {
	checked, withheld int
	left              map[string]int // by reason
}

// String says how many artifacts were checked, withheld and left alone, and
// why they were left alone.
func (n artifactTally) String(packages int) string {
	total := n.checked + n.withheld
	var reasons []string
	for _, reason := range slices.Sorted(maps.Keys(n.left)) {
		total += n.left[reason]
		reasons = append(reasons, fmt.Sprintf("%d because %s", n.left[reason], lowerFirst(reason)))
	}
	line := fmt.Sprintf("%s, %s: %d checked", plural(packages, "package"), plural(total, "artifact"), n.checked)
	if n.withheld > 0 {
		line += fmt.Sprintf(", %d withheld (a file that does not type-check)", n.withheld)
	}
	if len(reasons) > 0 {
		line += fmt.Sprintf(", %d left alone: %s", total-n.checked-n.withheld, strings.Join(reasons, "; "))
	}
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// lowerFirst returns reason as it reads after "because": its first word in
// lower case unless it names code (Id, State).
func lowerFirst(reason string) string {
	word, _, _ := strings.Cut(reason, " ")
	if word == "" || word == strings.ToLower(word) || word == "Id" || word == "State" {
		return reason
	}
	return strings.ToLower(reason[:1]) + reason[1:]
}
