// Package builder returns the shared artifact.
package builder

import (
	"github.com/hashicorp/packer-plugin-sdk/packer"

	"sharedtype/common"
)

type Builder struct {
	Region string
}

func (b *Builder) Run(name string) (packer.Artifact, error) {
	return &common.Artifact{Name: name, Region: b.Region, StateData: map[string]interface{}{}}, nil
}
