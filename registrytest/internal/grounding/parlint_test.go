package grounding

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// This file runs parlint on the module and ties its findings to entries.

// runParlint builds parlint from this checkout, runs it with -json on the
// entries' packages and returns the findings by pkg.typ: a finding belongs to
// the type whose method holds it.
func runParlint(t *testing.T, mod string, es []entry) map[string][]finding {
	t.Helper()
	parlint := filepath.Join(mod, "parlint.bin")
	if out, err := goCmd("../../..", "build", "-o", parlint, "./cmd/parlint"); err != nil {
		t.Fatalf("building parlint: %v\n%s", err, out)
	}
	var patterns []string
	for _, e := range es {
		p := "./" + e.pkg
		if !slices.Contains(patterns, p) {
			patterns = append(patterns, p)
		}
	}
	cmd := exec.Command(parlint, append([]string{"-json"}, patterns...)...)
	cmd.Dir = mod
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil && len(stdout) == 0 {
		t.Fatalf("parlint -json: %v\n%s", err, stderr.String())
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout, &tree); err != nil {
		t.Fatalf("parlint -json output: %v\n%s", err, stdout)
	}
	owners := methodOwners(t, mod, es)
	byType := map[string][]finding{}
	seen := map[string]bool{}
	for _, analyzers := range tree {
		var fs []finding
		if raw, ok := analyzers["parstate"]; ok {
			if err := json.Unmarshal(raw, &fs); err != nil {
				t.Fatalf("parlint -json output: %v", err)
			}
		}
		for _, f := range fs {
			if seen[f.Posn+f.Message] {
				continue
			}
			seen[f.Posn+f.Message] = true
			if owner := owners.of(f.Posn); owner != "" {
				byType[owner] = append(byType[owner], f)
			}
		}
	}
	return byType
}

// span is a method's lines in a file.
type span struct {
	file       string
	start, end int
	owner      string // pkg.typ
}

type spans []span

// of returns the pkg.typ whose method holds the position file:line:col.
func (ss spans) of(posn string) string {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return ""
	}
	line, _ := strconv.Atoi(parts[len(parts)-2])
	file := strings.Join(parts[:len(parts)-2], ":")
	for _, s := range ss {
		if sameFile(s.file, file) && s.start <= line && line <= s.end {
			return s.owner
		}
	}
	return ""
}

func sameFile(a, b string) bool {
	ra, err1 := filepath.EvalSymlinks(a)
	rb, err2 := filepath.EvalSymlinks(b)
	return err1 == nil && err2 == nil && ra == rb
}

// methodOwners returns the spans of the methods of every package's types.
func methodOwners(t *testing.T, mod string, es []entry) spans {
	t.Helper()
	var out spans
	fset := token.NewFileSet()
	done := map[string]bool{}
	for _, e := range es {
		if done[e.pkg] {
			continue
		}
		done[e.pkg] = true
		files, _ := filepath.Glob(filepath.Join(mod, e.pkg, "*.go"))
		for _, file := range files {
			f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
			if err != nil {
				continue
			}
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 {
					continue
				}
				out = append(out, span{file: file, start: fset.Position(fd.Pos()).Line,
					end: fset.Position(fd.End()).Line, owner: e.pkg + "." + receiverName(fd.Recv.List[0].Type)})
			}
		}
	}
	return out
}

// receiverName returns the base type name of a receiver type expression.
func receiverName(x ast.Expr) string {
	for {
		switch y := x.(type) {
		case *ast.StarExpr:
			x = y.X
		case *ast.IndexExpr:
			x = y.X
		case *ast.IndexListExpr:
			x = y.X
		case *ast.ParenExpr:
			x = y.X
		case *ast.Ident:
			return y.Name
		default:
			return ""
		}
	}
}
