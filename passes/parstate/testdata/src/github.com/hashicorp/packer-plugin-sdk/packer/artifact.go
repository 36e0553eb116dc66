// Package packer is a test stub of github.com/hashicorp/packer-plugin-sdk/packer:
// only the Artifact interface, with the SDK's method set.
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
