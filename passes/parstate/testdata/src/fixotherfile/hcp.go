package fixotherfile

import registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"

// registryImage discards the error and passes no source image, in a file
// that does not import log.
func (a *Artifact) registryImage() interface{} {
	img, _ := registryimage.FromArtifact(a) // want `^error from registryimage\.FromArtifact is discarded` `^image built by registryimage\.FromArtifact never sets SourceImageID.*WithSourceID\(a\.SourceImage\)$`
	return img
}

func (d *Disk) registryImage() *registryimage.Image {
	img, _ := registryimage.FromArtifact(d, registryimage.WithSourceID(d.SourceImage)) // want `^error from registryimage\.FromArtifact is discarded; .*; \w+ returns a \*registryimage\.Image, whose nil reaches Packer as a typed nil: return \(\*registryimage\.Image, error\) and check the error in State`
	return img
}
