// Package sdkstub makes the copies of parlint's SDK stub from its one source,
// the GOPATH stub in the analyzer's testdata
// (passes/parstate/testdata/src/github.com/hashicorp/packer-plugin-sdk).
// Four places need the stub's files under another name:
//
//   - the vendored scenario, which imports the SDK from a vendor directory:
//     the files byte for byte, as vendoring copies them;
//   - the GOPATH of the broken plugin (testdata/broken/plugin), whose code
//     does not compile but whose SDK does: byte for byte;
//   - the look-alike package example.com/fakesdk, which must stay silent:
//     the same code with its imports and package doc moved to the other path,
//     so that the import path is the only thing that differs;
//   - the synthetic plugin modules of internal/synth (benchmarks, the
//     command's tests), which load the stub as a module: a txtar archive that
//     synth embeds, since go:embed cannot reach the testdata.
//
// The copies are committed and checked by this package's test; after editing
// the stub, run
//
//	go generate ./internal/sdkstub
//
//go:generate go run ../cmd/sdkstubs -root ../..
package sdkstub

import (
	"bytes"
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/txtar"
)

const (
	// SDKPath is the SDK's module path.
	SDKPath = "github.com/hashicorp/packer-plugin-sdk"
	// LookalikePath is the look-alike's import path in place of SDKPath.
	LookalikePath = "example.com/fakesdk"

	// Source is the stub's directory, relative to the repository root.
	Source = "passes/parstate/testdata/src/" + SDKPath

	vendoredDir = "passes/parstate/testdata/src/vendored/vendor/" + SDKPath
	// brokenDir is the SDK of the broken plugin's GOPATH: the plugin is
	// broken, its SDK is not.
	brokenDir    = "passes/parstate/testdata/broken/plugin/src/" + SDKPath
	lookalikeDir = "passes/parstate/testdata/src/" + LookalikePath
	// SynthArchive is the archive that internal/synth embeds.
	SynthArchive = "internal/synth/sdk.txtar"

	generator = "internal/cmd/sdkstubs"
)

// Files are the stub's files that have copies, relative to Source. The
// SDK's other packages in the stub (the RPC client, the mock artifact) are
// only needed where the GOPATH stub is.
var Files = []string{"packer/artifact.go", "packer/registry/image/image.go"}

// A Copy is one file made from the stub.
type Copy struct {
	Path string // relative to the repository root, slash-separated
	Data []byte
}

// Copies reads the stub from the repository at root and returns every copy
// that is made from it.
func Copies(root string) ([]Copy, error) {
	var copies []Copy
	archive := &txtar.Archive{Comment: []byte(generatedFrom(Source) + "\n\n" +
		"The SDK stub's files, which synth.WriteSDK writes into the fake SDK module.\n")}
	for _, name := range Files {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path.Join(Source, name))))
		if err != nil {
			return nil, err
		}
		look, err := lookalike(name, src)
		if err != nil {
			return nil, err
		}
		copies = append(copies,
			Copy{path.Join(vendoredDir, name), src},
			Copy{path.Join(brokenDir, name), src},
			Copy{path.Join(lookalikeDir, name), look})
		archive.Files = append(archive.Files, txtar.File{Name: name, Data: src})
	}
	return append(copies, Copy{SynthArchive, txtar.Format(archive)}), nil
}

// Write writes every copy into the repository at root.
func Write(root string) error {
	copies, err := Copies(root)
	if err != nil {
		return err
	}
	for _, c := range copies {
		name := filepath.Join(root, filepath.FromSlash(c.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, c.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// lookalike returns the stub's file name moved to LookalikePath: the SDK's
// import paths rewritten and the package doc replaced by one that says what
// the file is, under a generated-code header.
func lookalike(name string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	if f.Doc == nil {
		return nil, fmt.Errorf("%s: the stub has no package doc", name)
	}
	var out bytes.Buffer
	offset := func(p token.Pos) int { return fset.Position(p).Offset }
	fmt.Fprintf(&out, "// %s\n\n// Package %s is a look-alike of %s:\n"+
		"// the SDK stub's code under the import path %s.\n"+
		"// parstate must not take it for the SDK.\n",
		generatedFrom(path.Join(Source, name)), f.Name.Name, path.Join(SDKPath, path.Dir(name)), path.Join(LookalikePath, path.Dir(name)))
	last := offset(f.Doc.End()) + 1 // past the doc's newline
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			return nil, err
		}
		rest, ok := strings.CutPrefix(p, SDKPath+"/")
		if !ok {
			continue
		}
		out.Write(src[last:offset(imp.Path.Pos())])
		out.WriteString(strconv.Quote(path.Join(LookalikePath, rest)))
		last = offset(imp.Path.End())
	}
	out.Write(src[last:])
	return format.Source(out.Bytes())
}

// generatedFrom returns the generated-code header's text for a copy of src.
func generatedFrom(src string) string {
	return "Code generated by " + generator + " from " + src + "; DO NOT EDIT."
}
