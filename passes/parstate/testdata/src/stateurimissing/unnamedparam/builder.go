package unnamedparam

import "github.com/hashicorp/packer-plugin-sdk/packer"

var (
	_ packer.Artifact = (*Unnamed)(nil)
	_ packer.Artifact = (*Blank)(nil)
)
