// Package packer is a broken stub of the SDK's packer package: a result type
// of Artifact is undefined.
package packer

type Artifact interface {
	BuilderId() string
	Files() []strng
	Id() string
	String() string
	State(name string) interface{}
	Destroy() error
}
