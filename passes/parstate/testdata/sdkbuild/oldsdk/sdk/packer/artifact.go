// Package packer is the SDK v0.2.3's artifact interface, before
// packer/registry/image existed.
package packer

type Artifact interface {
	BuilderId() string
	Files() []string
	Id() string
	String() string
	State(name string) interface{}
	Destroy() error
}
