package noimport

import "github.com/hashicorp/packer-plugin-sdk/packer"

var _ packer.Artifact = (*Artifact)(nil)
