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
//	parlint: 3 packages, 4 artifacts: 3 checked, 1 left alone: 1 because Id returns a constant or a path, ...
func printArtifacts(w io.Writer, r *analysisRun) {
	checked, left := 0, map[string]int{}
	seen := map[string]bool{}
	roots := r.roots()
	for _, act := range roots {
		res, ok := act.Result.(*parstate.Result)
		if !ok || act.Err != nil {
			continue
		}
		for _, a := range res.Artifacts {
			posn := shortPath(act.Package.Fset.Position(a.Pos).String())
			if seen[posn] { // a package and its test variant
				continue
			}
			seen[posn] = true
			if a.Checked {
				checked++
				fmt.Fprintf(w, "%s: checked %s\n", posn, a.Type)
				continue
			}
			left[a.Reason]++
			fmt.Fprintf(w, "%s: left alone %s: %s\n", posn, a.Type, a.Reason)
		}
	}
	fmt.Fprintf(w, "parlint: %s\n", artifactCount(len(roots), checked, left))
}

// artifactCount says how many artifacts were checked and left alone, and why.
func artifactCount(packages, checked int, left map[string]int) string {
	total := checked
	var reasons []string
	for _, reason := range slices.Sorted(maps.Keys(left)) {
		total += left[reason]
		reasons = append(reasons, fmt.Sprintf("%d because %s", left[reason], lowerFirst(reason)))
	}
	line := fmt.Sprintf("%s, %s: %d checked", plural(packages, "package"), plural(total, "artifact"), checked)
	if len(reasons) > 0 {
		line += fmt.Sprintf(", %d left alone: %s", total-checked, strings.Join(reasons, "; "))
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
