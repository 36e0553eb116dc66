package parstate

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// A reporter filters findings through -disable and //parlint:ignore, drops
// duplicates (a helper shared by two State methods is checked twice), and
// reports them in position order.
type reporter struct {
	pass     *analysis.Pass
	disable  []string
	prefix   bool // start each message with its category
	byFile   map[*token.File]map[int][]string
	findings []finding
	seen     map[diagKey]bool
	broken   map[*token.File]fileError // files with a type or syntax error, computed on first use
	insp     *inspector.Inspector
}

// A finding is a diagnostic whose fixes are not built yet.
type finding struct {
	analysis.Diagnostic
	fixes []proposedFix
}

// A diagKey identifies a finding: a helper shared by two artifact types is
// on both their paths, and its finding is reported once.
type diagKey struct {
	pos, end token.Pos
	category string
}

func newReporter(pass *analysis.Pass, insp *inspector.Inspector, disable []string, prefix bool) *reporter {
	return &reporter{pass: pass, disable: disable, prefix: prefix, byFile: map[*token.File]map[int][]string{}, seen: map[diagKey]bool{},
		insp: insp}
}

// A fileError is the first error, by position, of a file that does not
// type-check or parse.
type fileError struct {
	pos token.Pos
	msg string
}

// brokenFiles returns the files with a type error or a syntax error, and the
// first error of each. In a file being typed, what parstate sees is a guess
// at what the code will be, so it reports nothing there until the file
// compiles: an editor shows the compile error first anyway.
func brokenFiles(pass *analysis.Pass, insp *inspector.Inspector) map[*token.File]fileError {
	broken := map[*token.File]fileError{}
	note := func(pos token.Pos, msg string) {
		f := pass.Fset.File(pos)
		if first, ok := broken[f]; !ok || pos < first.pos {
			broken[f] = fileError{pos, msg}
		}
	}
	for _, err := range pass.TypeErrors {
		if !strings.HasPrefix(err.Msg, "\t") { // not the continuation of an error ("\tother declaration of T")
			note(err.Pos, err.Msg)
		}
	}
	for cur := range insp.Root().Preorder((*ast.BadExpr)(nil), (*ast.BadStmt)(nil), (*ast.BadDecl)(nil)) {
		note(cur.Node().Pos(), "syntax error")
	}
	return broken
}

// brokenAt returns the first error of the file that holds pos, and reports
// whether that file has one, so that nothing is reported in it.
func (r *reporter) brokenAt(pos token.Pos) (fileError, bool) {
	if r.broken == nil {
		r.broken = brokenFiles(r.pass, r.insp)
	}
	e, ok := r.broken[r.pass.Fset.File(pos)]
	return e, ok
}

// A stateReporter reports the findings of one State method, whose doc
// comment may silence categories on its whole registry path.
type stateReporter struct {
	r       *reporter
	file    *ast.File // the State method's file
	silent  []string
	imgName string // the name the State's file imports the registry image package as, or imageDefault
	// withheld is the first error of a file where a finding of this State
	// was not reported, because that file does not type-check.
	withheld *fileError
}

func (r *reporter) forState(sm *stateMethod) *stateReporter {
	name, _ := importName(sm.file, imagePath, imageDefault)
	return &stateReporter{r: r, file: sm.file, silent: docDirectives(sm.decl.Doc), imgName: name}
}

// report reports a finding of category over node, unless it is silenced.
func (s *stateReporter) report(category string, node ast.Node, msg string, fixes ...proposedFix) {
	if slices.Contains(s.silent, category) {
		return
	}
	file := fileOf(s.r.pass.Files, node.Pos())
	if file != nil && s.r.silenced(file, node.Pos(), category) {
		return
	}
	if e, ok := s.r.brokenAt(node.Pos()); ok && s.withheld == nil && !slices.Contains(s.r.disable, category) {
		s.withheld = &e
	}
	s.r.add(category, node.Pos(), node.End(), msg, fixes...)
}

// withheldBy returns the error for which findings of sm are withheld: the
// first error of its State's file, whose every finding is a guess, or of a
// file where a finding of it was not reported. It returns nil when none is.
func (s *stateReporter) withheldBy(sm *stateMethod) *fileError {
	if e, ok := s.r.brokenAt(sm.decl.Pos()); ok {
		return &e
	}
	return s.withheld
}

// typeString formats t for messages, naming packages as the State's file
// imports them.
func (s *stateReporter) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == s.r.pass.Pkg {
			return ""
		}
		if name, ok := importName(s.file, pkgPath(p), p.Name()); ok {
			return name
		}
		return p.Name()
	})
}

// img qualifies a member of the registry image package for messages.
func (s *stateReporter) img(name string) string { return qualify(s.imgName, name) }

func (r *reporter) add(category string, pos, end token.Pos, msg string, fixes ...proposedFix) {
	if _, broken := r.brokenAt(pos); broken || slices.Contains(r.disable, category) {
		return
	}
	k := diagKey{pos, end, category}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	r.findings = append(r.findings, finding{analysis.Diagnostic{
		Pos: pos, End: end, Category: category, Message: msg,
		URL: URL + "#" + category,
	}, fixes})
}

// flush builds the fixes of the findings, drops those that conflict, and
// reports the findings in position order.
func (r *reporter) flush() {
	diags := buildFixes(r.findings)
	dropConflicts(diags)
	// By file name and offset, not by token.Pos: a driver that parses a
	// package's files concurrently gives them bases in any order.
	fset := r.pass.Fset
	slices.SortStableFunc(diags, func(a, b analysis.Diagnostic) int {
		pa, pb := fset.Position(a.Pos), fset.Position(b.Pos)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset), cmp.Compare(a.Category, b.Category))
	})
	for _, d := range diags {
		if r.prefix {
			d.Message = d.Category + ": " + d.Message
		}
		r.pass.Report(d)
	}
}

// calleeName names the function that call calls, for messages.
func calleeName(s *stateReporter, call *ast.CallExpr) string {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			if f.Sel.Name == fromArtifactName || f.Sel.Name == fromMappedName {
				return s.img(f.Sel.Name)
			}
			return x.Name + "." + f.Sel.Name
		}
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return "the call"
}
