// Package registrytest checks, in a plugin's own unit tests, what Packer core
// does with an artifact's HCP Packer registry metadata.
//
// A unit test that calls State in-process sees the plugin's Go value: a typed
// nil looks non-nil, a status struct looks fine. Packer core sees something
// else. Every artifact reaches core over the SDK's RPC, so core receives the
// msgpack encoding of the answer decoded back into plain maps, slices and
// scalars; it then decodes that with mitchellh/mapstructure into
// []registryimage.Image and adds each image to the build, which fails the
// build's HCP Packer step when an image has no ImageID or ProviderName.
//
// Decode replays exactly that: it serves the artifact with the SDK's real RPC
// server, asks for registryimage.ArtifactStateURI through the SDK's real RPC
// client over an in-memory pipe, decodes the answer with core's decoder
// settings and validates each image as core's AddArtifacts does. Check is
// Decode for tests: one call per artifact and state,
//
//	func TestArtifactRegistry(t *testing.T) {
//		a := &Artifact{Amis: map[string]string{"us-east-1": "ami-1"}, SourceAMI: "ami-0"}
//		images := registrytest.Check(t, a)
//		if len(images) != 1 {
//			t.Errorf("got %d images, want 1", len(images))
//		}
//	}
//
// and CheckNone is its counterpart for artifacts that must publish nothing.
// CheckQueryable also checks what consumers find (see below).
// A failure says what Packer would do and what to change, for example
//
//	State answers a map[string]string with no ImageID and no ProviderName: Packer
//	decodes it into an empty image and fails the build's HCP Packer step; return
//	the image built by registryimage.FromArtifact
//
// The outcomes, as Kind values of an *Error:
//
//   - published: Decode returns the images, nil error;
//   - skipped: State answers nil (also a typed nil *Image or a nil slice, which
//     the RPC encodes as nil) or an empty slice; Decode returns nil, nil;
//   - Dropped: the answer does not decode as images (a string, a number, a
//     bool); core logs a warning and publishes nothing for the artifact;
//   - Empty: the answer is a map with no entries (an error value, a struct with
//     only unexported fields); core publishes nothing, without a word;
//   - FailsHCPStep: an image has no ImageID or ProviderName (a status struct,
//     a map without those keys, a nil element in a slice, FromArtifact on an
//     artifact whose Id() is empty); core fails the build's HCP Packer step;
//   - Collision: two images have the same provider, ID and region, the key
//     core stores them under, so one of them is lost;
//   - Panics: State panics for the key, which crashes the plugin mid-build;
//   - Unreachable: the RPC cannot encode the answer (a func), so core
//     receives nothing.
//
// # What consumers find
//
// Core accepts an image whatever its platform and region, and Check reports
// only what core does. The images' consumers are stricter: Packer's
// hcp-packer-artifact data source and Terraform's hcp_packer_artifact find an
// image by bucket, channel or version, platform (the image's ProviderName)
// and region (its ProviderRegion), and require both. registryimage.FromArtifact
// sets ProviderName to the artifact's BuilderId (for example
// "packer.post-processor.googlecompute-import") and leaves ProviderRegion
// empty, so an image built without registryimage.WithProvider and
// registryimage.WithRegion is stored but never found. CheckQueryable is Check
// plus what those queries find: one image under Query.Platform in each of
// Query.Regions, and no other image,
//
//	func TestArtifactQueryable(t *testing.T) {
//		a := &Artifact{Images: map[string]string{"eu-west": "img-1", "us-east": "img-2"}, SourceImageID: "img-0"}
//		registrytest.CheckQueryable(t, a, registrytest.Query{
//			Platform: "happycloud",
//			Regions:  []string{"eu-west", "us-east"},
//		})
//	}
//
// Each failure names the query that misses an image and what to change:
//
//	data "hcp-packer-artifact" { platform = "happycloud" region = "eu-west" } finds
//	no image of *happycloud.Artifact: its images are under platform
//	"happycloud.builder" (registryimage.FromArtifact's default, the artifact's
//	BuilderId); pass registryimage.WithProvider("happycloud")
//
// It also reports an expected region with no image, or with several (the
// data sources return the first that matches), an image in a region the
// Query does not name, and an image without a region.
//
// # Versions
//
// The module pins what Packer v1.16.0 builds with: github.com/hashicorp/packer-plugin-sdk
// v0.6.10 (its rpc package and registry image package), github.com/mitchellh/mapstructure
// v1.5.0 (core's decoder) and github.com/ugorji/go/codec v1.2.6 (the RPC's msgpack
// codec), with the go-cty replace the SDK's rpc package needs
// (github.com/zclconf/go-cty => github.com/nywilken/go-cty v1.13.3). A plugin
// that requires newer versions of these modules gets the newer ones (Go's
// minimal version selection); Decode then models core as built with those.
//
// Decode models the plugin side with the SDK the plugin is built with and
// the core side with core's settings; it does not model the fourth step of
// core's doCompleteBuild, which fails the HCP step when no artifact of the
// whole build yields an image: that depends on the build, not on one artifact.
package registrytest
