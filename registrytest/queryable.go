package registrytest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
)

// Query is what the consumers of an artifact's images ask HCP Packer for.
// Packer's hcp-packer-artifact data source and Terraform's hcp_packer_artifact
// both require a platform and a region, compare them exactly with each
// image's ProviderName and ProviderRegion, and return the first image that
// matches.
type Query struct {
	// Platform is the data sources' platform: the ProviderName every image
	// must have, the top-level cloud or service ("aws", "azure", "gce",
	// "docker", "vsphere").
	Platform string
	// Regions are the data sources' region values: the artifact must publish
	// exactly one image in each, and no image elsewhere or without a region.
	Regions []string
}

// CheckQueryable is Check for what consumers see: it fails t as Check does,
// then fails it for every image the data sources would not find with q, and
// returns the images. An image is found when its ProviderName is q.Platform
// and its ProviderRegion one of q.Regions. CheckQueryable reports an image
// under another platform (registryimage.FromArtifact's default is the
// artifact's BuilderId), a region of q.Regions with no image or with several,
// an image in a region q does not name, and an image without a region
// (FromArtifact leaves ProviderRegion empty). Each message names the data
// source query that misses the image and the option that fixes it.
func CheckQueryable(t testing.TB, a packer.Artifact, q Query) []registryimage.Image {
	t.Helper()
	if err := q.validate(); err != nil {
		t.Fatalf("registrytest: CheckQueryable: %v", err)
	}
	images := Check(t, a)
	// Messages follow the images by region, not by the order of a map that
	// FromMappedData ranged over.
	sorted := slices.Clone(images)
	slices.SortFunc(sorted, func(x, y registryimage.Image) int {
		return cmp.Or(cmp.Compare(x.ProviderRegion, y.ProviderRegion), cmp.Compare(x.ImageID, y.ImageID),
			cmp.Compare(x.ProviderName, y.ProviderName))
	})
	for _, msg := range q.misses(a, sorted) {
		t.Errorf("%s", msg)
	}
	return images
}

// validate reports a query the data sources would refuse, or one whose
// regions are not a set.
func (q Query) validate() error {
	if q.Platform == "" {
		return fmt.Errorf("the Query has no Platform, which the data sources require: " +
			`set it to the cloud consumers query ("aws", "azure", "gce", ...)`)
	}
	if len(q.Regions) == 0 {
		return fmt.Errorf("the Query has no Regions, and the data sources require a region: "+
			"list the regions the artifact publishes an image in (platform %q)", q.Platform)
	}
	for i, r := range q.Regions {
		switch {
		case r == "":
			return fmt.Errorf("the Query's region %d is empty, and the data sources require a region", i)
		case slices.Index(q.Regions, r) < i:
			return fmt.Errorf("the Query lists region %q twice: list each region once", r)
		}
	}
	return nil
}

// misses returns a message for every way in which q's data source queries
// miss one of the images a publishes: the platform first, then each
// expected region, then the images no query asks for.
func (q Query) misses(a packer.Artifact, images []registryimage.Image) []string {
	msgs := q.platformMisses(a, images)
	unregioned := indexes(images, func(img registryimage.Image) bool { return img.ProviderRegion == "" })
	for _, r := range q.Regions {
		if msg := q.regionMiss(a, images, r, unregioned); msg != "" {
			msgs = append(msgs, msg)
		}
	}
	msgs = append(msgs, q.extras(a, images)...)
	if len(q.missing(images)) == 0 {
		// Otherwise a missing region's message names the images without one.
		msgs = append(msgs, unregionedMisses(a, images, unregioned)...)
	}
	return msgs
}

// unregionedMisses returns a message for each image without a region.
func unregionedMisses(a packer.Artifact, images []registryimage.Image, unregioned []int) []string {
	var msgs []string
	for _, i := range unregioned {
		msgs = append(msgs, fmt.Sprintf("%T: image %q (platform %q) has no region, so no data source query "+
			"finds it (they require a region, and registryimage.FromArtifact leaves ProviderRegion empty); "+
			"pass registryimage.WithRegion with its region, or leave it out", a, images[i].ImageID,
			images[i].ProviderName))
	}
	return msgs
}

// platformMisses returns one message for each platform other than
// q.Platform that images are published under.
func (q Query) platformMisses(a packer.Artifact, images []registryimage.Image) []string {
	var msgs []string
	var seen []string
	for _, img := range images {
		p := img.ProviderName
		if p == q.Platform || slices.Contains(seen, p) {
			continue
		}
		seen = append(seen, p)
		under := indexes(images, func(img registryimage.Image) bool { return img.ProviderName == p })
		which := "its images are"
		switch {
		case len(images) == 1:
			which = "its image is"
		case len(under) == 1:
			which = fmt.Sprintf("its image %q is", images[under[0]].ImageID)
		case len(under) < len(images):
			which = fmt.Sprintf("its images %s are", quoteIDs(images, under))
		}
		why := fmt.Sprintf("under platform %q, not %q", p, q.Platform)
		if p == a.BuilderId() {
			why = fmt.Sprintf("under platform %q (registryimage.FromArtifact's default, the artifact's BuilderId)", p)
		}
		msgs = append(msgs, fmt.Sprintf("%s finds no image of %T: %s %s; pass registryimage.WithProvider(%q)",
			dataSource(q.Platform, q.regionOf(images[under[0]])), a, which, why, q.Platform))
	}
	return msgs
}

// regionOf returns the region to name in the query that misses img: its own
// when the test expects it, else the first expected region.
func (q Query) regionOf(img registryimage.Image) string {
	if slices.Contains(q.Regions, img.ProviderRegion) {
		return img.ProviderRegion
	}
	return q.Regions[0]
}

// regionMiss returns a message when the query for region r finds no image
// (in any platform: platformMisses reports those) or finds one of several
// images under q.Platform, and "" when it finds exactly one.
func (q Query) regionMiss(a packer.Artifact, images []registryimage.Image, r string, unregioned []int) string {
	query := dataSource(q.Platform, r)
	if !slices.ContainsFunc(images, func(img registryimage.Image) bool { return img.ProviderRegion == r }) {
		if len(unregioned) > 0 {
			fix := fmt.Sprintf("pass registryimage.WithRegion(%q)", r)
			if len(q.Regions) > 1 {
				fix = fmt.Sprintf("pass registryimage.WithRegion(%q) to the image built for it (one image per "+
					"region, as registryimage.FromMappedData over the region-to-image map builds them)", r)
			}
			return fmt.Sprintf("%s finds no image of %T: %s no region (registryimage.FromArtifact leaves "+
				"ProviderRegion empty); %s", query, a, imagesWithout(images, unregioned), fix)
		}
		return fmt.Sprintf("%s finds no image of %T: it publishes none in region %q (its regions: %s); publish "+
			"one image per region with registryimage.WithRegion, or drop %q from the Query", query, a, r,
			quoteRegions(images, indexes(images, func(registryimage.Image) bool { return true })), r)
	}
	found := indexes(images, func(img registryimage.Image) bool {
		return img.ProviderRegion == r && img.ProviderName == q.Platform
	})
	if len(found) < 2 {
		return ""
	}
	return fmt.Sprintf("%s finds only one of the %d images of %T in region %q (%s): the data sources return the "+
		"first that matches and never the others; publish one image per region", query, len(found), a, r,
		quoteIDs(images, found))
}

// missing returns the regions of q with no image.
func (q Query) missing(images []registryimage.Image) []string {
	var missing []string
	for _, r := range q.Regions {
		if !slices.ContainsFunc(images, func(img registryimage.Image) bool { return img.ProviderRegion == r }) {
			missing = append(missing, r)
		}
	}
	return missing
}

// extras returns a message for each image in a region q does not name.
func (q Query) extras(a packer.Artifact, images []registryimage.Image) []string {
	var msgs []string
	for _, img := range images {
		if img.ProviderRegion == "" || slices.Contains(q.Regions, img.ProviderRegion) {
			continue
		}
		msgs = append(msgs, fmt.Sprintf("%T: image %q is in region %q, which the Query does not expect "+
			"(Regions %s): none of the test's queries finds it; add %q to the Query's Regions if the artifact "+
			"publishes there, or leave the image out", a, img.ImageID, img.ProviderRegion,
			quoteAll(q.Regions), img.ProviderRegion))
	}
	return msgs
}

// dataSource returns the hcp-packer-artifact query for platform and region.
func dataSource(platform, region string) string {
	return fmt.Sprintf(`data "hcp-packer-artifact" { platform = %q region = %q }`, platform, region)
}

// imagesWithout says which images have no region: "its image has" or "its
// images "img-1", "img-3" have".
func imagesWithout(images []registryimage.Image, unregioned []int) string {
	switch {
	case len(images) == 1:
		return "its image has"
	case len(unregioned) == len(images):
		return "its images have"
	case len(unregioned) == 1:
		return fmt.Sprintf("its image %q has", images[unregioned[0]].ImageID)
	}
	return fmt.Sprintf("its images %s have", quoteIDs(images, unregioned))
}

// quoteIDs returns the IDs of the images at idx, quoted.
func quoteIDs(images []registryimage.Image, idx []int) string {
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = fmt.Sprintf("%q", images[i].ImageID)
	}
	return strings.Join(ids, ", ")
}

// quoteRegions returns the distinct regions of the images at idx, quoted and
// in order, with "" for an image without one.
func quoteRegions(images []registryimage.Image, idx []int) string {
	var regions []string
	for _, i := range idx {
		if r := images[i].ProviderRegion; !slices.Contains(regions, r) {
			regions = append(regions, r)
		}
	}
	return quoteAll(regions)
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// indexes returns the indexes of the images for which f reports true.
func indexes(images []registryimage.Image, f func(registryimage.Image) bool) []int {
	var idx []int
	for i, img := range images {
		if f(img) {
			idx = append(idx, i)
		}
	}
	return idx
}
