package golangci_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/parlint/parlint/golangci"
	"github.com/parlint/parlint/internal/examples"
	"github.com/parlint/parlint/passes/parstate"
)

// newPlugin returns the constructor golangci-lint finds under "parlint".
func newPlugin(t *testing.T) register.NewPlugin {
	t.Helper()
	p, err := register.GetPlugin(golangci.Name)
	if err != nil {
		t.Fatalf("GetPlugin(%q): %v", golangci.Name, err)
	}
	return p
}

// disableFlag builds the plugin for settings and returns the value of its
// analyzer's -disable flag.
func disableFlag(t *testing.T, settings any) string {
	t.Helper()
	return flagValue(t, settings, "disable")
}

// flagValue builds the plugin for settings and returns the value of its
// analyzer's flag name.
func flagValue(t *testing.T, settings any, name string) string {
	t.Helper()
	p, err := newPlugin(t)(settings)
	if err != nil {
		t.Fatalf("New(%#v): %v", settings, err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(analyzers) != 1 || analyzers[0].Name != golangci.Name {
		t.Fatalf("BuildAnalyzers() = %v, want the parstate analyzer alone, named %s", analyzers, golangci.Name)
	}
	f := analyzers[0].Flags.Lookup(name)
	if f == nil {
		t.Fatalf("analyzer %s has no -%s flag", golangci.Name, name)
	}
	return f.Value.String()
}

func TestSettings(t *testing.T) {
	// golangci-lint hands over settings as viper decodes YAML: maps of any,
	// lists as []any.
	tests := []struct {
		name     string
		settings any
		want     string
	}{
		{"nil", nil, ""},
		{"empty map", map[string]any{}, ""},
		{"empty list", map[string]any{"disable": []any{}}, ""},
		{"one", map[string]any{"disable": []any{parstate.CategoryUncheckedAssert}}, parstate.CategoryUncheckedAssert},
		{
			"two",
			map[string]any{"disable": []any{parstate.CategoryErrorReturn, parstate.CategorySourceIDMissing}},
			parstate.CategoryErrorReturn + "," + parstate.CategorySourceIDMissing,
		},
		{"every category", map[string]any{"disable": parstate.Categories()}, strings.Join(parstate.Categories(), ",")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := disableFlag(t, tt.settings); got != tt.want {
				t.Errorf("-disable = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStrict(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{nil, "false"},
		{map[string]any{"strict": false}, "false"},
		{map[string]any{"strict": true}, "true"},
		{map[string]any{"strict": true, "disable": []any{parstate.CategoryErrorReturn}}, "true"},
	} {
		if got := flagValue(t, tc.settings, "strict"); got != tc.want {
			t.Errorf("settings %v: -strict = %s, want %s", tc.settings, got, tc.want)
		}
	}
}

// TestNoSharedState checks that each plugin gets an analyzer of its own, so
// that one configuration never leaks into another.
func TestNoSharedState(t *testing.T) {
	disabled := disableFlag(t, map[string]any{"disable": []any{parstate.CategoryErrorIgnored}})
	if got := disableFlag(t, nil); got != "" {
		t.Errorf("after a plugin with -disable=%s, a default plugin has -disable=%q, want none", disabled, got)
	}

	newPlugin := newPlugin(t)
	p1, err1 := newPlugin(nil)
	p2, err2 := newPlugin(nil)
	if err1 != nil || err2 != nil {
		t.Fatalf("New(nil): %v, %v", err1, err2)
	}
	a1, _ := p1.BuildAnalyzers()
	a2, _ := p2.BuildAnalyzers()
	if a1[0] == a2[0] {
		t.Error("two plugins share one analyzer")
	}
}

func TestBadSettings(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		names    string // what the error must quote
	}{
		{"unknown key", map[string]any{"disabled": []any{parstate.CategoryErrorReturn}}, `"disabled"`},
		{"unknown key beside a known one", map[string]any{"disable": []any{}, "enable": []any{}}, `"enable"`},
		{"unknown category", map[string]any{"disable": []any{parstate.CategoryErrorReturn, "nope"}}, `"nope"`},
		{"empty category", map[string]any{"disable": []any{""}}, `""`},
		{"string for a list", map[string]any{"disable": parstate.CategoryErrorReturn}, "disable"},
		{"number in the list", map[string]any{"disable": []any{1}}, "disable"},
		{"list for the settings", []any{parstate.CategoryErrorReturn}, "golangci.Settings"},
		{"string for strict", map[string]any{"strict": "yes"}, "strict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newPlugin(t)(tt.settings)
			if err == nil {
				t.Fatalf("New(%#v) = %v, want an error", tt.settings, p)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "parlint: ") || strings.Contains(msg, "\n") || !strings.Contains(msg, tt.names) {
				t.Errorf("New(%#v) error = %q, want one line that starts with %q and names %s",
					tt.settings, msg, "parlint: ", tt.names)
			}
		})
	}
}

// TestPluginAnalyzer gets the plugin back through register.GetPlugin, as
// golangci-lint does, and runs its analyzer with analysistest on the
// analyzer's own testdata: every message starts with its category, since
// golangci-lint prints the message alone. The settings disable every
// category but those the scenario was written for, so that adding a category
// changes nothing here.
func TestPluginAnalyzer(t *testing.T) {
	written := []string{
		parstate.CategoryURILiteral, parstate.CategoryErrorIgnored,
		parstate.CategorySourceIDMissing, parstate.CategoryIgnoreDirective,
	}
	var disable []any
	for _, c := range examples.Others(parstate.Categories(), written) {
		disable = append(disable, c)
	}
	p, err := newPlugin(t)(map[string]any{"disable": disable})
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs("../passes/parstate/testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, analyzers[0], "categoryprefix")
}
