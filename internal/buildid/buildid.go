// Package buildid computes the build ID that a vettool reports to go vet
// from -V=full: go vet keys its cache of vet results on it, so it must
// change whenever the executable does. Like unitchecker, it is a hash of
// the executable.
package buildid

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
)

// Executable returns the SHA-256 of the running executable, in hex.
func Executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
