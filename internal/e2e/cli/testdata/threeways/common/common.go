// Package common is shared by the plugin's builders and imports the SDK.
package common

import "github.com/hashicorp/packer-plugin-sdk/packer"

// Artifacts lists the artifacts of a build.
type Artifacts []packer.Artifact
