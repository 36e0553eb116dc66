package grounding

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const (
	// analyzerTestdata is the analyzer's scenario testdata, read-only.
	analyzerTestdata = "../../../passes/parstate/testdata/src"
	// ownTestdata holds the scenarios of this package.
	ownTestdata = "testdata/src"
	// modulePath is the temporary module's path.
	modulePath = "ground.test"
)

// outcome is what the runner reports for one entry.
type outcome struct {
	Outcome string // published, skipped, a Kind's name, or error
	Images  int
	Message string
}

// finding is one of parlint's -json diagnostics.
type finding struct {
	Posn, Category, Message string
}

// TestParlintAgreesWithRuntime runs every entry through registrytest.Decode
// and parlint over the same files, and checks the consistency rules of the
// package doc.
func TestParlintAgreesWithRuntime(t *testing.T) {
	if testing.Short() {
		t.Skip("builds parlint and a module on the real SDK")
	}
	mod := t.TempDir()
	pkgs := copyScenarios(t, mod)
	writeGoMod(t, mod)

	runnable := slices.DeleteFunc(slices.Clone(entries), func(e entry) bool { return !pkgs[e.pkg] })
	outcomes, runnable := runEntries(t, mod, runnable)
	if len(runnable) < len(entries)/2 {
		t.Errorf("only %d of %d entries ran; update the table to the analyzer's testdata", len(runnable), len(entries))
	}
	findings := runParlint(t, mod, runnable)

	// A finding's claim may be about a state the artifact can be in (a
	// failed call appends a nil image): it holds when one of the artifact's
	// states has the outcome it claims.
	byArtifact := map[string][]string{}
	for _, e := range runnable {
		k := e.pkg + "." + e.typ
		byArtifact[k] = append(byArtifact[k], outcomes[e.pkg+"."+e.typ+"/"+e.state].Outcome)
	}
	seen := map[string]bool{}
	for _, e := range runnable {
		name := e.pkg + "." + e.typ + "/" + e.state
		got := outcomes[name]
		fs := findings[e.pkg+"."+e.typ]
		if got.Outcome != e.want {
			t.Errorf("%s: Decode says %s (%s), the table says %s", name, got.Outcome, got.Message, e.want)
			continue
		}
		for _, v := range violations(e, got, fs, byArtifact[e.pkg+"."+e.typ]) {
			key := name + ": " + v.rule
			if why, ok := known[key]; ok {
				seen[key] = true
				t.Logf("known disagreement %s: %s\n\t%s", key, why, v.detail)
				continue
			}
			t.Errorf("%s: %s\n\t%s", key, v.detail, describe(got, fs))
		}
	}
	for key := range known {
		if !seen[key] {
			t.Logf("known disagreement %s is no longer seen (or its entry did not run): remove it from known", key)
		}
	}
}

// violation is one consistency rule an entry breaks.
type violation struct {
	rule, detail string
}

// violations checks the consistency rules on one entry, whose artifact has
// the outcomes states in the states the table runs.
func violations(e entry, got outcome, fs []finding, states []string) []violation {
	var out []violation
	failed := got.Outcome != published && got.Outcome != skipped
	switch {
	case len(fs) == 0 && e.unseen:
		// No static check can see this state.
	case len(fs) == 0 && got.Outcome == skipped && !e.quiet:
		out = append(out, violation{"clean-publishes", "parlint is silent, but Packer skips the artifact: it publishes nothing"})
	case len(fs) == 0 && failed && !(e.quiet && got.Outcome == "Dropped"):
		out = append(out, violation{"failure-reported", fmt.Sprintf(
			"parlint is silent, but Packer's outcome is %s", got.Outcome)})
	}
	for _, f := range fs {
		if conditional(f.Message) {
			// About a failed image call: FromArtifact fails only for a nil
			// artifact or an option's error, which no state of the table
			// produces.
			continue
		}
		if ok, claim := claimHolds(f.Message, states); !ok {
			out = append(out, violation{"claim-" + claim, fmt.Sprintf(
				"parlint's %s claims %q, but Packer's outcomes are %v", f.Category, claim, states)})
		}
	}
	return out
}

// claims maps a phrase of parlint's messages to the outcomes it is true of.
var claims = []struct {
	phrase   string
	outcomes []string
}{
	{"fails the build", []string{"FailsHCPStep"}},
	{"cannot decode it as registry images", []string{"Dropped", "Unreachable"}},
	{"publishes no image and says nothing", []string{"Empty"}},
	{"never hears of", []string{skipped, "Dropped", "Empty"}},
}

// conditional reports whether a message's claim is about what happens when
// a call that builds the image fails.
func conditional(msg string) bool {
	for _, p := range []string{"on the error path", "a failed ", "when building the image fails"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// claimHolds reports whether the consequence a message claims, if any, is
// one of the outcomes Decode observed, and which claim it checked.
func claimHolds(msg string, outcomes []string) (bool, string) {
	for _, c := range claims {
		if strings.Contains(msg, c.phrase) {
			return slices.ContainsFunc(outcomes, func(o string) bool { return slices.Contains(c.outcomes, o) }), c.phrase
		}
	}
	return true, ""
}

func describe(got outcome, fs []finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Decode: %s, %d images", got.Outcome, got.Images)
	if got.Message != "" {
		fmt.Fprintf(&b, ": %s", got.Message)
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "\n\tparlint: %s: %s: %s", filepath.Base(f.Posn), f.Category, f.Message)
	}
	if len(fs) == 0 {
		b.WriteString("\n\tparlint: no finding")
	}
	return b.String()
}

// copyScenarios copies the non-test Go files of every entry's scenario
// package into mod and returns the packages it found.
func copyScenarios(t *testing.T, mod string) map[string]bool {
	t.Helper()
	found := map[string]bool{}
	for _, e := range entries {
		if _, done := found[e.pkg]; done {
			continue
		}
		src := filepath.Join(analyzerTestdata, e.pkg)
		if rest, ok := strings.CutPrefix(e.pkg, "own/"); ok {
			src = filepath.Join(ownTestdata, rest)
		}
		files, _ := filepath.Glob(filepath.Join(src, "*.go"))
		files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })
		found[e.pkg] = len(files) > 0
		if len(files) == 0 {
			t.Logf("%s: no scenario package at %s, its entries are skipped", e.pkg, src)
			continue
		}
		dst := filepath.Join(mod, e.pkg)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return found
}

// writeGoMod writes the temporary module's go.mod and go.sum: registrytest's
// requirements (the real SDK v0.6.10 and the go-cty replace) plus
// registrytest itself from this checkout.
func writeGoMod(t *testing.T, mod string) {
	t.Helper()
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	gosum, err := os.ReadFile("../../go.sum")
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(gomod), "module github.com/parlint/parlint/registrytest",
		"module "+modulePath, 1)
	text += "\nrequire github.com/parlint/parlint/registrytest v0.0.0\n" +
		"\nreplace github.com/parlint/parlint/registrytest => " + abs + "\n"
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.sum"), gosum, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runEntries writes a program that decodes every entry, builds and runs it,
// and returns the outcomes by entry name. An entry whose expression or
// package no longer compiles (the analyzer's testdata changed) is dropped
// with a log line; runEntries returns the entries that ran.
func runEntries(t *testing.T, mod string, es []entry) (map[string]outcome, []entry) {
	t.Helper()
	bin := filepath.Join(mod, "groundrun.bin")
	for attempt := 0; ; attempt++ {
		lines := writeRunner(t, mod, es)
		out, err := goCmd(mod, "build", "-o", bin, "./groundrun")
		if err == nil {
			break
		}
		drop := failingEntries(out, es, lines)
		if len(drop) == 0 || attempt == 5 {
			t.Fatalf("building the runner: %v\n%s", err, out)
		}
		for i := range drop {
			t.Logf("%s.%s/%s does not compile against the current testdata; skipped", es[i].pkg, es[i].typ, es[i].state)
		}
		es = slices.DeleteFunc(es, func(e entry) bool { return drop[slices.Index(es, e)] })
	}
	cmd := exec.Command(bin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("runner: %v\n%s", err, stderr.String())
	}
	outcomes := map[string]outcome{}
	if err := json.Unmarshal(stdout, &outcomes); err != nil {
		t.Fatalf("runner output: %v\n%s", err, stdout)
	}
	return outcomes, es
}

// writeRunner writes groundrun/main.go, one entry per line, and returns the
// line of each entry.
func writeRunner(t *testing.T, mod string, es []entry) map[int]int {
	t.Helper()
	aliases := map[string]string{}
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"encoding/json\"\n\t\"errors\"\n\t\"os\"\n\n" +
		"\t\"github.com/hashicorp/packer-plugin-sdk/packer\"\n\t\"github.com/parlint/parlint/registrytest\"\n")
	for _, e := range es {
		if _, ok := aliases[e.pkg]; !ok {
			aliases[e.pkg] = "p" + strconv.Itoa(len(aliases))
			fmt.Fprintf(&b, "\t%s %q\n", aliases[e.pkg], modulePath+"/"+e.pkg)
		}
	}
	b.WriteString(")\n\ntype outcome struct {\n\tOutcome string\n\tImages  int\n\tMessage string\n}\n\n" +
		"func main() {\n\tcases := []struct {\n\t\tname string\n\t\ta    packer.Artifact\n\t}{\n")
	lines := map[int]int{}
	line := strings.Count(b.String(), "\n") + 1
	for i, e := range es {
		expr := regexp.MustCompile(`\bP\.`).ReplaceAllString(e.expr, aliases[e.pkg]+".")
		fmt.Fprintf(&b, "\t\t{%q, %s},\n", e.pkg+"."+e.typ+"/"+e.state, expr)
		lines[line] = i
		line++
	}
	b.WriteString(`	}
	out := map[string]outcome{}
	for _, c := range cases {
		images, err := registrytest.Decode(c.a)
		o := outcome{Outcome: "published", Images: len(images)}
		var rerr *registrytest.Error
		switch {
		case errors.As(err, &rerr):
			o.Outcome, o.Message = rerr.Kind.String(), err.Error()
		case err != nil:
			o.Outcome, o.Message = "error", err.Error()
		case images == nil:
			o.Outcome = "skipped"
		}
		out[c.name] = o
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
`)
	dir := filepath.Join(mod, "groundrun")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return lines
}

var errorLine = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):`)

// failingEntries returns the indexes of the entries a build error names:
// by line in the runner, by package in a scenario.
func failingEntries(out string, es []entry, lines map[int]int) map[int]bool {
	drop := map[int]bool{}
	for _, m := range errorLine.FindAllStringSubmatch(out, -1) {
		file := filepath.ToSlash(m[1])
		if strings.HasSuffix(file, "groundrun/main.go") {
			n, _ := strconv.Atoi(m[2])
			if i, ok := lines[n]; ok {
				drop[i] = true
			}
			continue
		}
		for i, e := range es {
			if strings.HasPrefix(file, e.pkg+"/") || strings.Contains(file, "/"+e.pkg+"/") {
				drop[i] = true
			}
		}
	}
	return drop
}

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

// goCmd runs the go command in dir and returns its combined output.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// goEnv is the environment for the go command and parlint: no workspace, and
// the temporary module may complete its go.sum.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
}
