// Package packer is a test stub of github.com/hashicorp/packer-plugin-sdk/packer:
// only the Artifact interface, with the SDK's method set.
// TestStubMatchesSDK (registrytest/internal/grounding) holds its declarations
// to the SDK's; after editing it, run go generate ./internal/sdkstub, which
// copies it to the vendored scenario, the look-alike and internal/synth.
package packer

// An Artifact is the result of a build; Packer core asks it for its state.
type Artifact interface {
	BuilderId() string
	Files() []string
	Id() string
	String() string
	State(name string) interface{}
	Destroy() error
}
