package localconst

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

const (
	BuilderID      = "example.localconst"
	hcpMetadataKey = registryimage.ArtifactStateURI
)
