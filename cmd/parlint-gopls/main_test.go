package main

import (
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddAnalyzer checks the file added to gopls's settings package: a
// gofmt-clean file of package settings that imports parstate and appends it
// to AllAnalyzers in an init function, and nothing else of gopls touched.
func TestAddAnalyzer(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, settingsDir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := addAnalyzer(dir, "vX"); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(dir, settingsDir, analyzerFile))
	if err != nil {
		t.Fatal(err)
	}
	if formatted, err := format.Source(src); err != nil || string(formatted) != string(src) {
		t.Errorf("the added file is not gofmt-clean (%v):\n%s", err, src)
	}
	f, err := parser.ParseFile(token.NewFileSet(), analyzerFile, src, parser.ImportsOnly)
	if err != nil || f.Name.Name != "settings" || len(f.Imports) != 1 || f.Imports[0].Path.Value != `"`+analyzerPkg+`"` {
		t.Errorf("the added file is not package settings importing %s alone: %v", analyzerPkg, err)
	}
	if !strings.Contains(string(src), "AllAnalyzers = append(AllAnalyzers, &Analyzer{analyzer: parstate.New()})") {
		t.Errorf("the added file does not append parstate to AllAnalyzers:\n%s", src)
	}
	if err := addAnalyzer(dir, "vX"); err == nil || !strings.Contains(err.Error(), "already has") {
		t.Errorf("adding twice: %v, want an error", err)
	}
}

func TestAddAnalyzerNoSettings(t *testing.T) {
	err := addAnalyzer(t.TempDir(), "vX")
	if err == nil || !strings.Contains(err.Error(), "needs updating") {
		t.Fatalf("got error %v, want one saying the command needs updating", err)
	}
}

// TestToolsRequirement checks that a gopls whose golang.org/x/tools is
// older than parlint's is refused with a message that says so.
func TestToolsRequirement(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	b := &builder{options: options{goplsVersion: "vX", parlintDir: root}}
	if err := b.checkToolsRequirement("v0.1.0"); err == nil || !strings.Contains(err.Error(), "older than the") {
		t.Errorf("x/tools v0.1.0: %v, want an error naming both versions", err)
	}
	if err := b.checkToolsRequirement("v9.0.0"); err != nil {
		t.Errorf("x/tools v9.0.0: %v", err)
	}
}
