package syntaxerror

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

// Cut is a file cut short in the middle of State.
type Cut struct{ ImageID string }

func (c *Cut) BuilderId() string { return "example.cut" }
func (c *Cut) Files() []string   { return nil }
func (c *Cut) Id() string        { return c.ImageID }
func (c *Cut) String() string    { return c.ImageID }
func (c *Cut) Destroy() error    { return nil }

func (c *Cut) State(name string) interface{} {
	if name == registryimage.ArtifactStateURI {
		img, err := registryimage.FromArtifact(c,
