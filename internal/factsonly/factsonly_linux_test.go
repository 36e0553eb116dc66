package factsonly

import (
	"encoding/json"
	"strings"
	"testing"
)

// goVetConfig marshals a .cfg file as the go command writes them.
func goVetConfig(t *testing.T, cfg any) []byte {
	t.Helper()
	data, err := json.MarshalIndent(cfg, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	return append(data, '\n')
}

func TestFactsOnlyOutput(t *testing.T) {
	files := []string{"/src/a.go"}
	for _, tc := range []struct {
		name string
		cfg  any
		want string
		ok   bool
	}{
		{"facts-only", map[string]any{"ImportPath": "x/dep", "GoFiles": files, "VetxOnly": true, "VetxOutput": "/tmp/go-build1/b002/vet.out"}, "/tmp/go-build1/b002/vet.out", true},
		{"last key", struct {
			VetxOutput string
			VetxOnly   bool
		}{"/tmp/vet.out", true}, "/tmp/vet.out", true},
		{"no facts file", map[string]any{"ImportPath": "x/dep", "VetxOnly": true}, "", false},
		{"package named", map[string]any{"ImportPath": "x/a", "VetxOnly": false, "VetxOutput": "/tmp/b001/vet.out"}, "", false},
		{"no VetxOnly", map[string]any{"ImportPath": "x/a", "VetxOutput": "/tmp/b001/vet.out"}, "", false},
		{"escaped path", map[string]any{"VetxOnly": true, "VetxOutput": "/tmp/<b>/vet.out"}, "", false},
		{"nested key", map[string]any{"ImportMap": map[string]any{"VetxOnly": true}, "VetxOnly": false}, "", false},
		{"in a string", map[string]any{"Dir": "/x\n\t\"VetxOnly\": true,", "VetxOnly": false}, "", false},
	} {
		got, ok := factsOnlyOutput(goVetConfig(t, tc.cfg))
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: factsOnlyOutput = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := factsOnlyOutput([]byte(`{"VetxOnly":true,"VetxOutput":"/tmp/vet.out"}`)); ok {
		t.Error("compact JSON: ok; want it left to encoding/json")
	}
}

func TestVetConfig(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"parlint", "-json", "/tmp/b001/vet.cfg"}, "/tmp/b001/vet.cfg"},
		{[]string{"parlint", "/tmp/b001/vet.cfg"}, "/tmp/b001/vet.cfg"},
		{[]string{"parlint", "-json", "-disable=error-return", "/tmp/b001/vet.cfg"}, "/tmp/b001/vet.cfg"},
		{[]string{"parlint", "a.cfg", "b.cfg"}, ""},
		{[]string{"parlint", "./..."}, ""},
		{[]string{"parlint", "-V=full"}, ""},
		{[]string{"parlint"}, ""},
	} {
		cmdline := []byte(strings.Join(tc.args, "\x00") + "\x00")
		got, ok := vetConfig(cmdline)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("vetConfig(%q) = %q, %v; want %q", tc.args, got, ok, tc.want)
		}
	}
	if got, _ := vetConfig([]byte("parlint\x00x.cfg")); got != "x.cfg" {
		t.Errorf("unterminated last argument: %q, want x.cfg", got)
	}
}
