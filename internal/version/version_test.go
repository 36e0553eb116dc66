package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFromBuildInfo(t *testing.T) {
	xtools := &debug.Module{Path: "golang.org/x/tools", Version: "v0.47.0"}
	for _, tc := range []struct {
		name string
		info debug.BuildInfo
		want string
	}{
		{"installed at a version", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: ModulePath, Version: "v0.2.0"}, Deps: []*debug.Module{xtools}}, "v0.2.0"},
		{"checkout without VCS stamping", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: ModulePath, Version: "(devel)"}, Deps: []*debug.Module{xtools}}, Release + "+devel"},
		{"tool of another module", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "example.com/tools", Version: "(devel)"}, Deps: []*debug.Module{xtools, {Path: ModulePath, Version: "v0.3.1"}}}, "v0.3.1"},
		{"go tool of a tools module, replaced by a checkout", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: ModulePath, Version: "v0.1.0", Replace: &debug.Module{Path: "/src/parlint", Version: "(devel)"}}, Deps: []*debug.Module{xtools}}, Release + "+devel"},
		{"tool of another module, replaced by a checkout", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "example.com/tools"}, Deps: []*debug.Module{xtools, {Path: ModulePath, Version: "v0.1.0", Replace: &debug.Module{Path: "../parlint"}}}}, Release + "+devel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := FromBuildInfo(&tc.info)
			if got.Version != tc.want || got.GoVersion != "go1.26.8" || got.XTools != "v0.47.0" {
				t.Errorf("FromBuildInfo = %+v, want version %s, go1.26.8, x/tools v0.47.0", got, tc.want)
			}
		})
	}
}

func TestString(t *testing.T) {
	i := Info{Version: "v0.1.0", GoVersion: "go1.26.8", XTools: "v0.47.0"}
	if got, want := i.String(), "parlint v0.1.0\nbuilt with go1.26.8 and golang.org/x/tools v0.47.0\n"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := (Info{Version: "v0.1.0+devel"}).SemVer(); got != "0.1.0+devel" {
		t.Errorf("SemVer() = %q, want 0.1.0+devel", got)
	}
	if !strings.HasPrefix(Release, "v") {
		t.Errorf("Release %q does not start with v", Release)
	}
}
