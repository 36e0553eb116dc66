package main

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/parlint/parlint/internal/sarif"
	"github.com/parlint/parlint/internal/version"
	"github.com/parlint/parlint/passes/parstate"
)

// runSARIF checks the packages of o and writes a SARIF 2.1.0 log to stdout.
// As with -json, findings are data: the exit status is 0 with findings.
// Packages that do not load cost one line on stderr and exit status 1, and
// the log still holds the other packages' results, with the errors as
// notifications of an invocation that did not succeed: in CI, the upload of
// the log keeps every finding that was found.
func runSARIF(o options, stdout, stderr io.Writer) int {
	w := newSARIFWriter(srcRoot())
	code := exitClean
	r, err := analyze(o, nil)
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "parlint: %v\n", err)
		w.fail(err.Error())
		code = exitError
	default:
		if line := summary(r.failed); line != "" {
			fmt.Fprintf(stderr, "parlint: %s\n", line)
			code = exitError
		}
		for _, f := range r.failed {
			for _, e := range f.errs {
				w.fail(fmt.Sprintf("%s does not load: %s", f.pkg, e))
			}
		}
		for _, f := range r.findings() {
			w.add(f.fset, f.diag)
		}
	}
	if err := w.log().Write(stdout); err != nil {
		fmt.Fprintf(stderr, "parlint: writing SARIF: %v\n", err)
		return exitError
	}
	if o.verbose && r != nil {
		printArtifacts(stderr, r)
	}
	return code
}

// srcRoot returns the directory that %SRCROOT% stands for: the root of the
// git work tree around the current directory, which is what code scanning
// resolves relative paths against (a module in a subdirectory or a go.work
// workspace included), or else the current directory.
func srcRoot() string {
	cwd, err := os.Getwd()
	if err != nil {
		return "/"
	}
	for dir := cwd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			return cwd
		}
	}
}

// A sarifWriter turns diagnostics into SARIF results, once each: a package
// and its test variant report the same findings.
type sarifWriter struct {
	root    string
	results []sarif.Result
	errors  []sarif.Notification // why the run did not succeed
	seen    map[string]bool
	columns codePoints
}

func newSARIFWriter(root string) *sarifWriter {
	return &sarifWriter{root: root, seen: map[string]bool{}, columns: codePoints{}}
}

// fail records an error of the run.
func (w *sarifWriter) fail(msg string) {
	w.errors = append(w.errors, sarif.Notification{Level: "error", Message: sarif.Message{Text: msg}})
}

func (w *sarifWriter) add(fset *token.FileSet, d analysis.Diagnostic) {
	start := position(fset, d.Pos)
	end := start
	if d.End.IsValid() {
		end = position(fset, d.End)
	}
	key := fmt.Sprintf("%s:%d:%d:%s:%s", start.Filename, start.Line, start.Column, d.Category, d.Message)
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	r := sarif.Result{
		RuleID:    d.Category,
		RuleIndex: slices.Index(parstate.Categories(), d.Category),
		Level:     "warning",
		Message:   sarif.Message{Text: d.Message},
		Locations: []sarif.Location{{PhysicalLocation: sarif.PhysicalLocation{
			ArtifactLocation: w.location(start.Filename),
			Region:           w.region(start, end),
		}}},
	}
	for _, fix := range d.SuggestedFixes {
		r.Fixes = append(r.Fixes, w.fix(fset, fix))
	}
	w.results = append(w.results, r)
}

// fix converts a suggested fix, one artifact change per file.
func (w *sarifWriter) fix(fset *token.FileSet, fix analysis.SuggestedFix) sarif.Fix {
	out := sarif.Fix{Description: sarif.Message{Text: fix.Message}}
	byFile := map[string]int{} // file name -> index in ArtifactChanges
	for _, e := range fix.TextEdits {
		start, end := position(fset, e.Pos), position(fset, e.End)
		i, ok := byFile[start.Filename]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[start.Filename] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarif.ArtifactChange{ArtifactLocation: w.location(start.Filename)})
		}
		rep := sarif.Replacement{DeletedRegion: w.region(start, end)}
		if len(e.NewText) > 0 {
			rep.InsertedContent = &sarif.ArtifactContent{Text: string(e.NewText)}
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, rep)
	}
	return out
}

// position returns where pos is in its file as stored: a //line directive
// renames files and lines for compiler messages, but SARIF locations and
// fixes must point into the file itself.
func position(fset *token.FileSet, pos token.Pos) token.Position {
	return fset.PositionFor(pos, false)
}

// location names a file relative to %SRCROOT%, or by its absolute file URI
// when it lies outside.
func (w *sarifWriter) location(filename string) sarif.ArtifactLocation {
	if rel, ok := rootRelative(w.root, filename); ok {
		return sarif.ArtifactLocation{URI: rel, URIBaseID: sarif.SrcRoot}
	}
	return sarif.ArtifactLocation{URI: fileURI(filename)}
}

// rootRelative returns the slash-separated path of filename relative to
// root, and whether filename lies inside root.
func rootRelative(root, filename string) (string, bool) {
	if rel, err := filepath.Rel(root, filename); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel), true
	}
	return "", false
}

// region converts token positions, whose columns count bytes, into a SARIF
// region whose columns count Unicode code points, as the run declares.
func (w *sarifWriter) region(start, end token.Position) sarif.Region {
	return sarif.Region{
		StartLine: start.Line, StartColumn: w.columns.column(start),
		EndLine: end.Line, EndColumn: w.columns.column(end),
	}
}

// codePoints holds the lines of the files read so far, by name, to count
// columns in Unicode code points rather than bytes.
type codePoints map[string][]string

// column returns the column of p in code points.
func (c codePoints) column(p token.Position) int {
	lines, ok := c[p.Filename]
	if !ok {
		data, _ := os.ReadFile(p.Filename)
		lines = strings.Split(string(data), "\n")
		c[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) || p.Column-1 > len(lines[p.Line-1]) {
		return p.Column
	}
	return utf8.RuneCountInString(lines[p.Line-1][:p.Column-1]) + 1
}

// log returns the SARIF log of the results, sorted by file and position.
func (w *sarifWriter) log() *sarif.Log {
	slices.SortStableFunc(w.results, func(a, b sarif.Result) int {
		pa, pb := a.Locations[0].PhysicalLocation, b.Locations[0].PhysicalLocation
		return cmp.Or(
			cmp.Compare(pa.ArtifactLocation.URI, pb.ArtifactLocation.URI),
			cmp.Compare(pa.Region.StartLine, pb.Region.StartLine),
			cmp.Compare(pa.Region.StartColumn, pb.Region.StartColumn),
			cmp.Compare(a.RuleID, b.RuleID))
	})
	v := version.Get().SemVer()
	driver := sarif.Driver{Name: "parlint", InformationURI: parstate.URL, Rules: rules(), Version: v, SemanticVersion: v}
	results := w.results
	if results == nil {
		results = []sarif.Result{}
	}
	return &sarif.Log{
		Schema:  sarif.Schema,
		Version: sarif.Version,
		Runs: []sarif.Run{{
			Tool:               sarif.Tool{Driver: driver},
			OriginalURIBaseIDs: map[string]sarif.ArtifactLocation{sarif.SrcRoot: {URI: fileURI(w.root) + "/"}},
			Results:            results,
			Invocations:        []sarif.Invocation{{ExecutionSuccessful: len(w.errors) == 0, ToolExecutionNotifications: w.errors}},
			ColumnKind:         "unicodeCodePoints",
		}},
	}
}

// rules returns one SARIF rule per category, described by doc.go and linked
// to the README's section on it.
func rules() []sarif.Rule {
	var out []sarif.Rule
	for _, c := range parstate.Categories() {
		short, full := parstate.Describe(c)
		out = append(out, sarif.Rule{
			ID:                   c,
			Name:                 ruleName(c),
			ShortDescription:     &sarif.Message{Text: short},
			FullDescription:      &sarif.Message{Text: full},
			HelpURI:              parstate.URL + "#" + c,
			Help:                 &sarif.Message{Text: full + " See " + parstate.URL + "#" + c},
			DefaultConfiguration: &sarif.Configuration{Level: "warning"},
		})
	}
	return out
}

// ruleName spells a category in Pascal case, as SARIF rule names are.
func ruleName(category string) string {
	var b strings.Builder
	for word := range strings.SplitSeq(category, "-") {
		if word != "" {
			b.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	return b.String()
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}
