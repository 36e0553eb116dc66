// Package common is shared by the plugin's builders; it imports the SDK.
package common

import "github.com/hashicorp/packer-plugin-sdk/packer"

// BuilderArtifacts lists the artifacts of a build.
type BuilderArtifacts []packer.Artifact
