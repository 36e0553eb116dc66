package registrytest_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
	"github.com/parlint/parlint/registrytest"
)

// fakeT records the failures of Check and CheckNone; Fatalf ends the
// goroutine, as testing.T's does.
type fakeT struct {
	testing.TB
	errors []string
	fatal  bool
}

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...interface{}) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeT) Fatalf(format string, args ...interface{}) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
	f.fatal = true
	runtime.Goexit()
}

// run calls f with a fakeT in a goroutine of its own and returns the fakeT.
func run(f func(t testing.TB)) *fakeT {
	ft := &fakeT{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(ft)
	}()
	<-done
	return ft
}

func TestCheck(t *testing.T) {
	noSource := image("img-1", "")
	noSource.SourceImageID = ""
	tests := []struct {
		name   string
		a      packer.Artifact
		images int
		fatal  bool
		want   string // a part of the one failure, "" for none
	}{
		{"published", answering(imagePtr("img-1", "")), 1, false, ""},
		{"many regions", answering([]*registryimage.Image{imagePtr("img-1", "eu"), imagePtr("img-2", "us")}), 2,
			false, ""},
		{"no SourceImageID", answering(noSource), 1, false,
			"*registrytest_test.artifact: image 0 (provider:test.builder, image:img-1, region:) has no SourceImageID"},
		{"nil", answering(nil), 0, true, "use registrytest.CheckNone if this artifact must publish nothing"},
		{"fails the HCP step", answering(map[string]string{"id": "img-1"}), 0, true,
			"fails the build's HCP Packer step"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var images []registryimage.Image
			ft := run(func(ft testing.TB) { images = registrytest.Check(ft, tt.a) })
			if len(images) != tt.images {
				t.Errorf("Check returned %d images, want %d", len(images), tt.images)
			}
			assertFailures(t, ft, tt.fatal, tt.want)
		})
	}
}

func TestCheckNone(t *testing.T) {
	tests := []struct {
		name string
		a    packer.Artifact
		want string
	}{
		{"nil", answering(nil), ""},
		{"empty slice", answering([]registryimage.Image{}), ""},
		{"published", answering(imagePtr("img-1", "")), "publishes 1 image(s), want none"},
		{"a string", answering(""), "Packer cannot decode it as registry images"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := run(func(ft testing.TB) { registrytest.CheckNone(ft, tt.a) })
			assertFailures(t, ft, false, tt.want)
		})
	}
}

func assertFailures(t *testing.T, ft *fakeT, fatal bool, want string) {
	t.Helper()
	if want == "" {
		if len(ft.errors) != 0 {
			t.Errorf("failures %q, want none", ft.errors)
		}
		return
	}
	if len(ft.errors) != 1 || !strings.Contains(ft.errors[0], want) {
		t.Errorf("failures %q, want one containing %q", ft.errors, want)
	}
	if ft.fatal != fatal {
		t.Errorf("fatal = %v, want %v", ft.fatal, fatal)
	}
}
