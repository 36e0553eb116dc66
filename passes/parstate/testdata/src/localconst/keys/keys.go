// Package keys names the state keys a plugin's artifacts answer.
package keys

import "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

// Registry is the key Packer core asks for registry metadata.
const Registry = image.ArtifactStateURI

// GeneratedData is the key for the build's generated data.
const GeneratedData = "generated_data"
