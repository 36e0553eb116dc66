package synth

import (
	_ "embed"

	"golang.org/x/tools/txtar"
)

// SDKModule is the module path of the Packer plugin SDK that the fake SDK
// stands in for.
const SDKModule = "github.com/hashicorp/packer-plugin-sdk"

// sdkVersion is the version the generated modules require; a replace
// directive points it at the fake SDK, so it is never downloaded.
const sdkVersion = "v0.6.10"

// sdkArchive holds the fake SDK's packages: the analyzer's SDK stub (the
// packer.Artifact interface and the registry image package, with the real
// SDK's names and signatures and small bodies), copied by package sdkstub.
//
//go:embed sdk.txtar
var sdkArchive []byte

// sdkFiles returns the fake SDK module's files by slash-separated name.
func sdkFiles() map[string]string {
	files := map[string]string{"go.mod": "module " + SDKModule + "\n\ngo 1.21\n"}
	for _, f := range txtar.Parse(sdkArchive).Files {
		files[f.Name] = string(f.Data)
	}
	return files
}
