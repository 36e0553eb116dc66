package sdkstub

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// root is the repository's root, seen from this package.
const root = "../.."

// TestCopiesInSync reports every copy of the stub that is not what the
// stub makes, so that an edit to the stub, or to a copy, cannot go unseen.
func TestCopiesInSync(t *testing.T) {
	copies, err := Copies(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range copies {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(c.Path)))
		if err != nil {
			t.Error(err)
			continue
		}
		if !bytes.Equal(got, c.Data) {
			t.Errorf("%s is not what %s makes of it; edit the stub, not the copy, and run go generate ./internal/sdkstub", c.Path, Source)
		}
	}
}
