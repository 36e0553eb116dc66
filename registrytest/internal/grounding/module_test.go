package grounding

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// This file writes the module of scenarios and entries that the test runs.

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
