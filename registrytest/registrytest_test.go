package registrytest_test

import (
	"errors"
	"fmt"
	"os/exec"
	"sort"
	"strings"
	"testing"

	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
	"github.com/parlint/parlint/registrytest"
)

// artifact answers State for the registry key with what answer returns.
type artifact struct {
	id      string
	builder string
	answer  func(a *artifact) interface{}
}

func (a *artifact) BuilderId() string { return a.builder }
func (a *artifact) Files() []string   { return nil }
func (a *artifact) Id() string        { return a.id }
func (a *artifact) String() string    { return "test artifact " + a.id }
func (a *artifact) Destroy() error    { return nil }

func (a *artifact) State(name string) interface{} {
	if name != registryimage.ArtifactStateURI {
		return nil
	}
	return a.answer(a)
}

func answering(v interface{}) *artifact {
	return &artifact{id: "img-1", builder: "test.builder", answer: func(*artifact) interface{} { return v }}
}

func answeringFunc(f func(a *artifact) interface{}) *artifact {
	return &artifact{id: "img-1", builder: "test.builder", answer: f}
}

func image(id, region string) registryimage.Image {
	return registryimage.Image{ImageID: id, ProviderName: "test.builder", ProviderRegion: region, SourceImageID: "img-0"}
}

func imagePtr(id, region string) *registryimage.Image {
	img := image(id, region)
	return &img
}

type status struct {
	Done bool
	ID   string
}

// outcome is what Packer core does with the answer: publish images, skip the
// artifact (nil images, nil error), or the Kind of an *Error.
type outcome struct {
	images []registryimage.Image
	kind   registrytest.Kind
}

var published = func(images ...registryimage.Image) outcome { return outcome{images: images} }

var skipped = outcome{}

func fails(k registrytest.Kind) outcome { return outcome{kind: k} }

// A decodeCase is an artifact, what core does with its answer, and a part
// of the error message.
type decodeCase struct {
	name   string
	a      *artifact
	want   outcome
	inText string
}

// decodeCases are TestDecodeTable's cases, one for each row of SDK.md's
// table, grouped as the table groups them.
func decodeCases() []decodeCase {
	var nilImage *registryimage.Image
	var nilImages []*registryimage.Image
	return []decodeCase{
		// published
		{"pointer", answering(imagePtr("img-1", "")), published(image("img-1", "")), ""},
		{"value", answering(image("img-1", "")), published(image("img-1", "")), ""},
		{"pointer slice", answering([]*registryimage.Image{imagePtr("img-1", "eu"), imagePtr("img-2", "us")}),
			published(image("img-1", "eu"), image("img-2", "us")), ""},
		{"value slice", answering([]registryimage.Image{image("img-1", "eu"), image("img-2", "us")}),
			published(image("img-1", "eu"), image("img-2", "us")), ""},
		{"interface slice", answering([]interface{}{image("img-1", "eu"), imagePtr("img-2", "us")}),
			published(image("img-1", "eu"), image("img-2", "us")), ""},
		{"map of the fields", answering(map[string]string{"ImageID": "img-1", "ProviderName": "test.builder",
			"SourceImageID": "img-0"}), published(image("img-1", "")), ""},
		{"map with lower-case keys", answering(map[string]interface{}{"imageid": "img-1",
			"providername": "test.builder", "sourceimageid": "img-0"}), published(image("img-1", "")), ""},
		// skipped
		{"nil", answering(nil), skipped, ""},
		{"typed nil image", answering(nilImage), skipped, ""},
		{"nil slice", answering(nilImages), skipped, ""},
		{"empty slice", answering([]*registryimage.Image{}), skipped, ""},
		// zero images, silently
		{"errors.New", answering(errors.New("no image")), fails(registrytest.Empty), "reaches Packer as an empty map"},
		{"fmt.Errorf", answering(fmt.Errorf("hcp: %w", errors.New("no image"))), fails(registrytest.Empty),
			"without a warning"},
		// dropped with a warning
		{"string", answering("img-1"), fails(registrytest.Dropped), `a string ("img-1"): Packer cannot decode it`},
		{"number", answering(42), fails(registrytest.Dropped), "an int (42)"},
		{"bool", answering(true), fails(registrytest.Dropped), "logs a warning"},
		// fails the HCP step
		{"status struct", answering(status{Done: true, ID: "img-1"}), fails(registrytest.FailsHCPStep),
			"State answers a registrytest_test.status with no ImageID and no ProviderName: Packer decodes it into " +
				"an empty image and fails the build's HCP Packer step"},
		{"map without ImageID", answering(map[string]string{"id": "img-1"}), fails(registrytest.FailsHCPStep),
			"a map[string]string with no ImageID and no ProviderName"},
		{"nil in a slice", answering([]*registryimage.Image{imagePtr("img-1", "eu"), nil}),
			fails(registrytest.FailsHCPStep), "whose element 1 is nil"},
		{"literal without ImageID", answering(&registryimage.Image{ProviderName: "test.builder", ProviderRegion: "eu"}),
			fails(registrytest.FailsHCPStep), `with no ImageID (provider "test.builder", region "eu")`},
		{"literal without ProviderName", answering(&registryimage.Image{ImageID: "img-1"}),
			fails(registrytest.FailsHCPStep), `with no ProviderName (image "img-1")`},
		{"FromArtifact with an empty Id", &artifact{builder: "test.builder", answer: fromArtifact},
			fails(registrytest.FailsHCPStep), "FromArtifact takes it from Id()"},
		// the artifact's own failures
		{"collision", answering([]*registryimage.Image{imagePtr("img-1", "eu"), imagePtr("img-1", "eu")}),
			fails(registrytest.Collision), "images 0 and 1 with the same provider, ImageID and region"},
		{"panic", answeringFunc(func(*artifact) interface{} { panic("no generated data") }),
			fails(registrytest.Panics), "State panics for registryimage.ArtifactStateURI (no generated data"},
		{"func", answering(func() {}), fails(registrytest.Unreachable), "which the RPC cannot carry"},
	}

}

// TestDecodeTable holds one case for every row of SDK.md's table of what core
// does with each kind of State answer.
func TestDecodeTable(t *testing.T) {
	for _, tt := range decodeCases() {
		t.Run(tt.name, func(t *testing.T) {
			images, err := registrytest.Decode(tt.a)
			assertOutcome(t, images, err, tt.want)
			if tt.inText != "" && (err == nil || !strings.Contains(err.Error(), tt.inText)) {
				t.Errorf("error %v, want it to contain %q", err, tt.inText)
			}
		})
	}
}

func fromArtifact(a *artifact) interface{} {
	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID("img-0"))
	if err != nil {
		return nil
	}
	return img
}

func assertOutcome(t *testing.T, images []registryimage.Image, err error, want outcome) {
	t.Helper()
	if want.kind != 0 {
		var rerr *registrytest.Error
		if !errors.As(err, &rerr) || rerr.Kind != want.kind {
			t.Fatalf("Decode = %v, %v; want an error of kind %v", images, err, want.kind)
		}
		if images != nil {
			t.Errorf("Decode returned images %v with its error", images)
		}
		return
	}
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if want.images == nil {
		if images != nil {
			t.Fatalf("Decode = %v, want nil (skipped)", images)
		}
		return
	}
	sortImages(images)
	sortImages(want.images)
	if len(images) != len(want.images) {
		t.Fatalf("Decode = %v, want %v", images, want.images)
	}
	for i := range images {
		if got, w := images[i], want.images[i]; got.ImageID != w.ImageID || got.ProviderName != w.ProviderName ||
			got.ProviderRegion != w.ProviderRegion || got.SourceImageID != w.SourceImageID {
			t.Errorf("image %d = %+v, want %+v", i, got, w)
		}
	}
}

func sortImages(images []registryimage.Image) {
	sort.Slice(images, func(i, j int) bool { return images[i].String() < images[j].String() })
}

func TestFromMappedData(t *testing.T) {
	regions := map[string]string{"eu-west-1": "ami-1", "us-east-1": "ami-2", "ap-south-1": "ami-3"}
	a := answeringFunc(func(a *artifact) interface{} {
		images, err := registryimage.FromMappedData(regions, func(k, v interface{}) (*registryimage.Image, error) {
			return registryimage.FromArtifact(a, registryimage.WithID(v.(string)),
				registryimage.WithRegion(k.(string)), registryimage.WithSourceID("img-0"))
		})
		if err != nil {
			return nil
		}
		return images
	})
	images, err := registrytest.Decode(a)
	assertOutcome(t, images, err, published(image("ami-3", "ap-south-1"), image("ami-1", "eu-west-1"),
		image("ami-2", "us-east-1")))
}

func TestFromMappedDataError(t *testing.T) {
	a := answeringFunc(func(a *artifact) interface{} {
		images, err := registryimage.FromMappedData(map[string]string{"eu": "ami-1"},
			func(k, v interface{}) (*registryimage.Image, error) { return nil, errors.New("no source") })
		if err != nil {
			return images // the nil slice FromMappedData returns with its error
		}
		return images
	})
	images, err := registrytest.Decode(a)
	assertOutcome(t, images, err, skipped)
}

func TestSetLabelsDropsNonStrings(t *testing.T) {
	a := answeringFunc(func(a *artifact) interface{} {
		img, err := registryimage.FromArtifact(a, registryimage.WithSourceID("img-0"),
			registryimage.SetLabels(map[string]interface{}{"os": "linux", "cpus": 4, "tags": []string{"a"}}))
		if err != nil {
			return nil
		}
		return img
	})
	images, err := registrytest.Decode(a)
	assertOutcome(t, images, err, published(image("img-1", "")))
	if got := images[0].Labels; len(got) != 1 || got["os"] != "linux" {
		t.Errorf("labels = %v, want only os=linux (SetLabels drops non-string values)", got)
	}
}

func TestCollisionKeepsBoth(t *testing.T) {
	// Two images that differ only in SourceImageID collide: core keys by
	// provider, ImageID and region.
	other := image("img-1", "eu")
	other.SourceImageID = "img-9"
	_, err := registrytest.Decode(answering([]registryimage.Image{image("img-1", "eu"), other}))
	var rerr *registrytest.Error
	if !errors.As(err, &rerr) || rerr.Kind != registrytest.Collision {
		t.Fatalf("Decode error = %v, want a Collision", err)
	}
	if len(rerr.Images) != 2 {
		t.Errorf("Error.Images = %v, want both images", rerr.Images)
	}
	if !strings.Contains(rerr.Error(), "provider:test.builder, image:img-1, region:eu") {
		t.Errorf("message %q does not name the key", rerr.Error())
	}
}

func TestSameIDOtherRegions(t *testing.T) {
	images, err := registrytest.Decode(answering([]registryimage.Image{image("img-1", "eu"), image("img-1", "us")}))
	assertOutcome(t, images, err, published(image("img-1", "eu"), image("img-1", "us")))
}

func TestErrorFields(t *testing.T) {
	_, err := registrytest.Decode(answering(map[string]string{"id": "img-1"}))
	var rerr *registrytest.Error
	if !errors.As(err, &rerr) {
		t.Fatalf("Decode error = %v, want an *Error", err)
	}
	if rerr.Answer != "map[string]string" {
		t.Errorf("Answer = %q, want map[string]string", rerr.Answer)
	}
	if rerr.Err == nil || errors.Unwrap(err) != rerr.Err {
		t.Errorf("Err = %v, want Validate's error, returned by Unwrap", rerr.Err)
	}
	if len(rerr.Images) != 1 || rerr.Images[0].ImageID != "" {
		t.Errorf("Images = %v, want the one empty image core decoded", rerr.Images)
	}
}

func TestDecodeNilArtifact(t *testing.T) {
	if _, err := registrytest.Decode(nil); err == nil {
		t.Error("Decode(nil) returned no error")
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[registrytest.Kind]string{registrytest.Dropped: "Dropped",
		registrytest.FailsHCPStep: "FailsHCPStep", registrytest.Collision: "Collision", registrytest.Kind(99): "Kind(99)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

// TestPinnedVersions checks that the module builds with the versions the
// package doc names for Packer v1.16.0.
func TestPinnedVersions(t *testing.T) {
	want := map[string]string{
		"github.com/hashicorp/packer-plugin-sdk": "v0.6.10",
		"github.com/mitchellh/mapstructure":      "v1.5.0",
		"github.com/ugorji/go/codec":             "v1.2.6",
		"github.com/zclconf/go-cty":              "v1.13.3",
	}
	args := []string{"list", "-m", "-f", "{{.Path}} {{with .Replace}}{{.Version}}{{else}}{{.Version}}{{end}}"}
	for path := range want {
		args = append(args, path)
	}
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		t.Fatalf("go list -m: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, version, _ := strings.Cut(line, " ")
		if version != want[path] {
			t.Errorf("%s is %s, want %s as in Packer %s", path, version, want[path], registrytest.PackerVersion)
		}
		delete(want, path)
	}
	for path := range want {
		t.Errorf("go list -m did not list %s", path)
	}
}

func BenchmarkDecode(b *testing.B) {
	a := answering([]*registryimage.Image{imagePtr("img-1", "eu"), imagePtr("img-2", "us")})
	for b.Loop() {
		if _, err := registrytest.Decode(a); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPanicNamesTheSite(t *testing.T) {
	a := answeringFunc(func(a *artifact) interface{} {
		var data map[string]interface{}
		return data["SourceImage"].(string)
	})
	_, err := registrytest.Decode(a)
	if err == nil || !strings.Contains(err.Error(), "interface conversion") ||
		!strings.Contains(err.Error(), "registrytest_test.go:") {
		t.Errorf("error %v, want the panic's value and the line of the assertion", err)
	}
}
