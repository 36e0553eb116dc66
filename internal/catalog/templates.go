package catalog

// The scaffold's files. Each is a starting point that builds and whose test
// passes: the author replaces the check's logic, the paragraph and the
// scenario with the category's own.

const checkTemplate = `package parstate

// Category {{.Name}}: say in a sentence what {{.Name}} catches.

// {{.Const}} is the category of {{.Name}} findings.
const {{.Const}} = "{{.Name}}"

var {{.Var}} = check{category: {{.Const}}, on: onEveryState, run: {{.Func}}}

// {{.Func}} reports each artifact's State method, as a start.
//
// A check of every State reads what it does with its key in t.k (branches.go's
// keyUse). A check of what runs for the URI is on onRegistryPath and reads the
// facts of the registry path in t.p (path.go): p.funcs (what runs for the
// URI; pf.inspect walks only that), p.calls (each image call, with the
// returns that run only when it failed), p.answers (each value State hands
// Packer; c.classify says what Packer does with it), p.fromArtifacts,
// p.literals, p.asserts.
//
// A check that can report on the registry branch that state-uri-missing's fix
// inserts, because what it wants is not in the code, declares followUp: true
// on {{.Var}}; TestFixesRaw and the -fix end-to-end test then allow one such
// finding per inserted branch, and fail on it otherwise.
func {{.Func}}(t *target) {
	t.s.report({{.Const}}, t.sm.decl.Name, t.sm.typeName+".State: say what is wrong and how to fix it")
}
`

const scenarioTemplate = `// Package basic is {{.Name}}'s first scenario.
package basic

import (
	"log"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

type Artifact struct {
	ID        string
	Source    string
	StateData map[string]interface{}
}

func (a *Artifact) BuilderId() string { return "example.{{.Flat}}" }
func (a *Artifact) Files() []string   { return nil }
func (a *Artifact) Id() string        { return a.ID }
func (a *Artifact) String() string    { return a.ID }
func (a *Artifact) Destroy() error    { return nil }

func (a *Artifact) State(name string) interface{} { // want ` + "`" + `^Artifact\.State: ` + "`" + `
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.Source))
		if err != nil {
			log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
			return nil
		}
		return img
	}
	return a.StateData[name]
}
`

const docTemplate = `// {{.Name}}: say what {{.Name}} catches in a first sentence, which the
// README's table of checks and SARIF's short description take. Then say what
// is reported and what is not, and what Packer does. Fix: say what the fix
// does, in a clause the table takes; or leave out "Fix:" when there is none.
//
//	img, err := registryimage.FromArtifact(a) // WRONG: say why
//	img, err := registryimage.FromArtifact(a, opts...) // RIGHT
`
