// Package notartifact has types with a State method that are not artifacts:
// parstate stays silent about them even though the package imports the SDK.
package notartifact

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Step has State but none of the other five methods.
type Step struct {
	artifact packer.Artifact
	values   map[string]interface{}
}

func (s *Step) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, _ := registryimage.FromArtifact(s.artifact)
		return img
	}
	return s.values[name]
}

// ArtifactServer is an RPC server shim: same method names, RPC signatures.
type ArtifactServer struct {
	artifact packer.Artifact
}

func (s *ArtifactServer) BuilderId(args *interface{}, reply *string) error {
	*reply = s.artifact.BuilderId()
	return nil
}

func (s *ArtifactServer) Files(args *interface{}, reply *[]string) error {
	*reply = s.artifact.Files()
	return nil
}

func (s *ArtifactServer) Id(args *interface{}, reply *string) error {
	*reply = s.artifact.Id()
	return nil
}

func (s *ArtifactServer) String(args *interface{}, reply *string) error {
	*reply = s.artifact.String()
	return nil
}

func (s *ArtifactServer) State(name string, reply *interface{}) error {
	*reply = s.artifact.State(name)
	return nil
}

func (s *ArtifactServer) Destroy(args *interface{}, reply *error) error {
	*reply = s.artifact.Destroy()
	return nil
}

// Typed has the six names, but State's result is not interface{}.
type Typed struct {
	values map[string]interface{}
}

func (t *Typed) BuilderId() string { return "typed" }
func (t *Typed) Files() []string   { return nil }
func (t *Typed) Id() string        { return "typed" }
func (t *Typed) String() string    { return "typed" }
func (t *Typed) Destroy() error    { return nil }

func (t *Typed) State(name string) map[string]interface{} {
	return t.values
}

// Undestroyable lacks Destroy.
type Undestroyable struct{}

func (u Undestroyable) BuilderId() string { return "undestroyable" }
func (u Undestroyable) Files() []string   { return nil }
func (u Undestroyable) Id() string        { return "undestroyable" }
func (u Undestroyable) String() string    { return "undestroyable" }

func (u Undestroyable) State(name string) interface{} {
	return ""
}
