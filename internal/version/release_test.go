package version

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocsNameRelease checks the release step: the CHANGELOG has an entry
// for Release, and every version of parlint that the README installs and
// .custom-gcl.yml builds is Release.
func TestDocsNameRelease(t *testing.T) {
	changelog, err := os.ReadFile("../../CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(changelog), "\n## "+Release+"\n") {
		t.Errorf("CHANGELOG.md has no entry ## %s", Release)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	install := regexp.MustCompile(`github\.com/parlint/parlint(?:/[\w./-]*)?@(v[0-9][\w.+-]*)`) // not the Releasing section's @vX.Y.Z
	matches := install.FindAllStringSubmatch(string(readme), -1)
	if len(matches) == 0 {
		t.Error("README.md installs no version of parlint")
	}
	for _, m := range matches {
		if m[1] != Release {
			t.Errorf("README.md: %s, want %s", m[0], Release)
		}
	}
	gcl, err := os.ReadFile("../../.custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	plugin := regexp.MustCompile(`(?m)^    version: (\S+)$`).FindStringSubmatch(string(gcl))
	if plugin == nil || plugin[1] != Release {
		t.Errorf(".custom-gcl.yml: plugin version %v, want %s", plugin, Release)
	}
}
