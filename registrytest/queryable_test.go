package registrytest_test

import (
	"strings"
	"testing"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
	"github.com/parlint/parlint/registrytest"
)

// single publishes one image built by FromArtifact with the source ID and
// opts, as a single-region builder does.
func single(opts ...registryimage.ArtifactOverrideFunc) *artifact {
	return answeringFunc(func(a *artifact) interface{} {
		img, err := registryimage.FromArtifact(a, append([]registryimage.ArtifactOverrideFunc{
			registryimage.WithSourceID("img-0")}, opts...)...)
		if err != nil {
			return nil
		}
		return img
	})
}

// multi publishes one image per entry of regions (region to image ID) with
// FromMappedData, as a multi-region builder does; withRegion says whether
// each image gets its region, and opts apply to every image.
func multi(regions map[string]string, withRegion bool, opts ...registryimage.ArtifactOverrideFunc) *artifact {
	return answeringFunc(func(a *artifact) interface{} {
		images, err := registryimage.FromMappedData(regions, func(k, v interface{}) (*registryimage.Image, error) {
			all := []registryimage.ArtifactOverrideFunc{registryimage.WithID(v.(string)),
				registryimage.WithSourceID("img-0")}
			if withRegion {
				all = append(all, registryimage.WithRegion(k.(string)))
			}
			return registryimage.FromArtifact(a, append(all, opts...)...)
		})
		if err != nil {
			return nil
		}
		return images
	})
}

var twoRegions = map[string]string{"eu-west-1": "ami-1", "us-east-1": "ami-2"}

func aws(regions ...string) registrytest.Query {
	return registrytest.Query{Platform: "aws", Regions: regions}
}

// A queryableCase is an artifact, the Query it must answer, whether
// CheckQueryable stops the test, and a part of each failure, in order.
type queryableCase struct {
	name  string
	a     packer.Artifact
	q     registrytest.Query
	fatal bool
	want  []string
}

// awsQuery is how a failure spells the data source query for platform
// "aws", up to the region; testArtifact is the test artifact's type.
const (
	awsQuery     = `data "hcp-packer-artifact" { platform = "aws" region = `
	testArtifact = "*registrytest_test.artifact"
)

// queryableCases are TestCheckQueryable's cases: what consumers' queries
// miss, what Check reports, and the test's own mistakes.
var queryableCases = []queryableCase{
	{"single region", single(registryimage.WithProvider("aws"), registryimage.WithRegion("us-east-1")),
		aws("us-east-1"), false, nil},
	{"many regions", multi(twoRegions, true, registryimage.WithProvider("aws")),
		aws("us-east-1", "eu-west-1"), false, nil},
	{"no WithProvider", multi(twoRegions, true), aws("us-east-1", "eu-west-1"), false, []string{
		awsQuery + `"eu-west-1" } finds no image of ` + testArtifact + `: its images are under platform "test.builder" ` +
			`(registryimage.FromArtifact's default, the artifact's BuilderId); pass registryimage.WithProvider("aws")`}},
	{"no WithProvider, no WithRegion", single(), aws("us-east-1"), false, []string{
		awsQuery + `"us-east-1" } finds no image of ` + testArtifact + `: its image is under platform "test.builder" ` +
			`(registryimage.FromArtifact's default, the artifact's BuilderId); pass registryimage.WithProvider("aws")`,
		awsQuery + `"us-east-1" } finds no image of ` + testArtifact + `: its image has no region (registryimage.FromArtifact ` +
			`leaves ProviderRegion empty); pass registryimage.WithRegion("us-east-1")`}},
	{"no WithRegion", single(registryimage.WithProvider("aws")), aws("us-east-1"), false, []string{
		awsQuery + `"us-east-1" } finds no image of ` + testArtifact + `: its image has no region`}},
	{"no WithRegion, many regions", multi(twoRegions, false, registryimage.WithProvider("aws")),
		aws("eu-west-1", "us-east-1"), false, []string{
			awsQuery + `"eu-west-1" } finds no image of ` + testArtifact + `: its images have no region (registryimage.FromArtifact ` +
				`leaves ProviderRegion empty); pass registryimage.WithRegion("eu-west-1") to the image built for ` +
				`it (one image per region, as registryimage.FromMappedData over the region-to-image map builds them)`,
			awsQuery + `"us-east-1" } finds no image of ` + testArtifact + `: its images have no region`}},
	{"another provider", single(registryimage.WithProvider("amazon"), registryimage.WithRegion("us-east-1")),
		aws("us-east-1"), false, []string{
			awsQuery + `"us-east-1" } finds no image of ` + testArtifact + `: its image is under platform "amazon", not "aws"; ` +
				`pass registryimage.WithProvider("aws")`}},
	{"one image under another provider", answering([]registryimage.Image{image("ami-1", "eu-west-1"),
		awsImage("ami-2", "us-east-1")}), aws("us-east-1", "eu-west-1"), false, []string{
		awsQuery + `"eu-west-1" } finds no image of ` + testArtifact + `: its image "ami-1" is under platform "test.builder" ` +
			`(registryimage.FromArtifact's default`}},
	{"missing region", multi(twoRegions, true, registryimage.WithProvider("aws")),
		aws("us-east-1", "eu-west-1", "ap-south-1"), false, []string{
			awsQuery + `"ap-south-1" } finds no image of ` + testArtifact + `: it publishes none in region "ap-south-1" (its ` +
				`regions: "eu-west-1", "us-east-1"); publish one image per region with registryimage.WithRegion, ` +
				`or drop "ap-south-1" from the Query`}},
	{"extra region", multi(twoRegions, true, registryimage.WithProvider("aws")), aws("us-east-1"), false,
		[]string{testArtifact + `: image "ami-1" is in region "eu-west-1", which the Query does not expect (Regions ` +
			`"us-east-1"): none of the test's queries finds it; add "eu-west-1" to the Query's Regions if the ` +
			`artifact publishes there, or leave the image out`}},
	{"empty region beside the expected one", answering([]registryimage.Image{awsImage("ami-1", "us-east-1"),
		awsImage("ami-2", "")}), aws("us-east-1"), false, []string{
		testArtifact + `: image "ami-2" (platform "aws") has no region, so no data source query finds it (they require ` +
			`a region, and registryimage.FromArtifact leaves ProviderRegion empty); pass ` +
			`registryimage.WithRegion with its region, or leave it out`}},
	{"empty region instead of one", answering([]registryimage.Image{awsImage("ami-1", "us-east-1"),
		awsImage("ami-2", "")}), aws("us-east-1", "eu-west-1"), false, []string{
		awsQuery + `"eu-west-1" } finds no image of ` + testArtifact + `: its image "ami-2" has no region`}},
	{"two images in a region", answering([]registryimage.Image{awsImage("ami-2", "us-east-1"),
		awsImage("ami-1", "us-east-1")}), aws("us-east-1"), false, []string{
		awsQuery + `"us-east-1" } finds only one of the 2 images of ` + testArtifact + ` in region "us-east-1" ("ami-1", ` +
			`"ami-2"): the data sources return the first that matches and never the others`}},
	// what Check reports
	{"nothing published", answering(nil), aws("us-east-1"), true, []string{
		"use registrytest.CheckNone if this artifact must publish nothing"}},
	{"fails the HCP step", answering(map[string]string{"id": "ami-1"}), aws("us-east-1"), true, []string{
		"fails the build's HCP Packer step"}},
	{"no SourceImageID", single(registryimage.WithProvider("aws"), registryimage.WithRegion("us-east-1"),
		registryimage.WithSourceID("")), aws("us-east-1"), false, []string{"has no SourceImageID"}},
	// the test's own mistakes
	{"no platform", single(), registrytest.Query{Regions: []string{"us-east-1"}}, true, []string{
		"registrytest: CheckQueryable: the Query has no Platform, which the data sources require"}},
	{"no regions", single(), aws(), true, []string{"the Query has no Regions"}},
	{"empty region", single(), aws("us-east-1", ""), true, []string{"the Query's region 1 is empty"}},
	{"region twice", single(), aws("us-east-1", "us-east-1"), true, []string{
		`the Query lists region "us-east-1" twice`}},
}

func TestCheckQueryable(t *testing.T) {
	for _, tt := range queryableCases {
		t.Run(tt.name, func(t *testing.T) {
			var images []registryimage.Image
			ft := run(func(ft testing.TB) { images = registrytest.CheckQueryable(ft, tt.a, tt.q) })
			assertAll(t, ft, tt.fatal, tt.want)
			if !tt.fatal && len(images) == 0 {
				t.Errorf("CheckQueryable returned no images")
			}
		})
	}
}

// TestCheckIgnoresConsumers: Check reports only what Packer core does, and
// core accepts images without a platform or region of a consumer's.
func TestCheckIgnoresConsumers(t *testing.T) {
	for name, a := range map[string]*artifact{"single": single(), "multi": multi(twoRegions, false)} {
		ft := run(func(ft testing.TB) { registrytest.Check(ft, a) })
		if len(ft.errors) != 0 {
			t.Errorf("%s: Check failures %q, want none", name, ft.errors)
		}
	}
}

func awsImage(id, region string) registryimage.Image {
	img := image(id, region)
	img.ProviderName = "aws"
	return img
}

// assertAll checks that ft failed once for each of want, in order, each
// failure containing its part, and that it stopped when fatal.
func assertAll(t *testing.T, ft *fakeT, fatal bool, want []string) {
	t.Helper()
	if len(ft.errors) != len(want) {
		t.Fatalf("failures %q, want %d", ft.errors, len(want))
	}
	for i, w := range want {
		if !strings.Contains(ft.errors[i], w) {
			t.Errorf("failure %d is\n\t%s\nwant it to contain\n\t%s", i, ft.errors[i], w)
		}
	}
	if ft.fatal != fatal {
		t.Errorf("fatal = %v, want %v", ft.fatal, fatal)
	}
}
