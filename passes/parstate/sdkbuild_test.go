package parstate

import (
	"strings"
	"testing"
)

// TestSDKFileProvidesImage checks what the file that declares an SDK
// object, as the pass's file set names it, tells of the SDK in the build:
// its version when it lies in the module cache (full or -trimpath), nothing
// when a vendor directory, a replacement directory or a GOPATH holds it.
func TestSDKFileProvidesImage(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"/root/go/pkg/mod/github.com/hashicorp/packer-plugin-sdk@v0.6.10/packer/artifact.go", ""},
		{"/root/go/pkg/mod/github.com/hashicorp/packer-plugin-sdk@v0.2.5/packer/artifact.go", ""},
		{"github.com/hashicorp/packer-plugin-sdk@v0.6.10/packer/artifact.go", ""},
		{`C:\Users\me\go\pkg\mod\github.com\hashicorp\packer-plugin-sdk@v0.6.10\packer\artifact.go`, ""},
		{"/root/go/pkg/mod/github.com/hashicorp/packer-plugin-sdk@v0.2.3/packer/artifact.go", "this build uses github.com/hashicorp/packer-plugin-sdk v0.2.3, which has no packer/registry/image"},
		{"github.com/hashicorp/packer-plugin-sdk@v0.1.0/packer/artifact.go", "this build uses github.com/hashicorp/packer-plugin-sdk v0.1.0,"},
		{"/src/plugin/vendor/github.com/hashicorp/packer-plugin-sdk/packer/artifact.go", "this build vendors github.com/hashicorp/packer-plugin-sdk"},
		{"/src/fork/packer-plugin-sdk/packer/artifact.go", "from a directory"},
		{"/go/src/github.com/hashicorp/packer-plugin-sdk/packer/artifact.go", "from a directory"},
		{"/root/go/pkg/mod/github.com/someone/packer-plugin-sdk@v0.6.10/packer/artifact.go", "from a directory"},
		{"/root/go/pkg/mod/github.com/hashicorp/packer-plugin-sdk@bad/packer/artifact.go", "from a directory"},
		{"", "cannot tell which version"},
	} {
		got := sdkFileProvidesImage(tc.name)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("sdkFileProvidesImage(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
