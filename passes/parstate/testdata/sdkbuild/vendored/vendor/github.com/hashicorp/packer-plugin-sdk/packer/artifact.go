// Package packer is the vendored SDK's artifact interface: go mod vendor
// copies only the packages the module imports, so vendor/ has no
// packer/registry/image until a package imports it.
package packer

type Artifact interface {
	BuilderId() string
	Files() []string
	Id() string
	String() string
	State(name string) interface{}
	Destroy() error
}
