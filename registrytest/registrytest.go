package registrytest

import (
	"errors"
	"fmt"
	"net"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/packer-plugin-sdk/packer"
	registryimage "github.com/hashicorp/packer-plugin-sdk/packer/registry/image"
	"github.com/hashicorp/packer-plugin-sdk/rpc"
	"github.com/mitchellh/mapstructure"
)

// PackerVersion is the Packer release whose registry code Decode models and
// whose SDK, decoder and RPC codec versions the module pins.
const PackerVersion = "v1.16.0"

// timeout bounds one State call over RPC, so that an answer the RPC cannot
// carry fails the test instead of hanging it.
const timeout = 10 * time.Second

// Kind is what Packer core does with an artifact whose answer does not
// publish cleanly.
type Kind int

const (
	// Dropped: the answer does not decode as registry images; core logs a
	// warning and publishes nothing for the artifact.
	Dropped Kind = iota + 1
	// Empty: the answer is a map with no entries (an error value, a struct
	// with only unexported fields); core decodes it into zero images and
	// publishes nothing, without a warning.
	Empty
	// FailsHCPStep: an image has no ImageID or no ProviderName; core fails the
	// build's HCP Packer step.
	FailsHCPStep
	// Collision: two images have the same provider, ImageID and region, the
	// key core stores them under; one of them is lost.
	Collision
	// Panics: State panics for the key; the plugin crashes mid-build.
	Panics
	// Unreachable: the answer never reaches core (the RPC cannot encode it).
	Unreachable
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Dropped:
		return "Dropped"
	case Empty:
		return "Empty"
	case FailsHCPStep:
		return "FailsHCPStep"
	case Collision:
		return "Collision"
	case Panics:
		return "Panics"
	case Unreachable:
		return "Unreachable"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Error is Decode's error: what Packer core does with the answer, and why.
type Error struct {
	// Kind is the outcome.
	Kind Kind
	// Answer is the Go type of State's answer in the plugin, as %T prints it.
	Answer string
	// Images holds the images core decoded, for FailsHCPStep and Collision.
	Images []registryimage.Image
	// Err is the underlying error: the decoder's, Validate's, the panic's.
	Err error

	msg string
}

// Error returns the message: what State answers, what Packer does with it,
// and what to change.
func (e *Error) Error() string { return e.msg }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Decode asks a for registryimage.ArtifactStateURI as Packer core does at the
// end of a build and returns the images HCP Packer would store. It returns
// nil, nil when a publishes nothing (a nil answer or an empty slice, which core
// skips), and an *Error for every other outcome.
func Decode(a packer.Artifact) ([]registryimage.Image, error) {
	if a == nil {
		return nil, errors.New("registrytest: Decode called with a nil artifact")
	}
	rec := &recorder{Artifact: a}
	received, err := askOverRPC(rec)
	if err != nil {
		return nil, err
	}
	answer, asked, panicked := rec.result()
	switch {
	case panicked != nil:
		return nil, &Error{Kind: Panics, Err: panicked, msg: fmt.Sprintf(
			"State panics for registryimage.ArtifactStateURI (%v): the plugin crashes at the end of the build; "+
				"check what State reads (comma-ok type assertions, nil pointers, lengths) and return nil when it "+
				"is missing", panicked)}
	case !asked:
		return nil, errors.New("registrytest: the RPC server never asked the artifact for its state")
	case received == nil && answer != nil && !isNilValue(answer):
		return nil, &Error{Kind: Unreachable, Answer: typeName(answer), msg: fmt.Sprintf(
			"State answers %s, which the RPC cannot carry to Packer: Packer receives nothing and publishes "+
				"nothing for this artifact; return the image built by registryimage.FromArtifact", article(answer))}
	case received == nil:
		return nil, nil
	}
	return decodeReceived(received, answer)
}

// decodeReceived decodes what core received with core's decoder settings and
// adds the images as core's AddArtifacts does.
func decodeReceived(received, answer interface{}) ([]registryimage.Image, error) {
	var images []registryimage.Image
	dec, err := mapstructure.NewDecoder(&mapstructure.DecoderConfig{
		Result:           &images,
		WeaklyTypedInput: true,
		ErrorUnused:      false,
	})
	if err != nil {
		return nil, fmt.Errorf("registrytest: %w", err)
	}
	if err := dec.Decode(received); err != nil {
		return nil, &Error{Kind: Dropped, Answer: typeName(answer), Err: err, msg: fmt.Sprintf(
			"State answers %s: Packer cannot decode it as registry images, logs a warning and publishes nothing "+
				"for this artifact; return the image built by registryimage.FromArtifact", describe(answer))}
	}
	if len(images) == 0 {
		if reflect.ValueOf(received).Kind() == reflect.Map {
			return nil, &Error{Kind: Empty, Answer: typeName(answer), msg: fmt.Sprintf(
				"State answers %s, which reaches Packer as an empty map: Packer decodes it into no image and "+
					"publishes nothing for this artifact, without a warning; return the image built by "+
					"registryimage.FromArtifact, or nil", article(answer))}
		}
		return nil, nil
	}
	if err := validate(images, received, answer); err != nil {
		return nil, err
	}
	if err := collisions(images, answer); err != nil {
		return nil, err
	}
	return images, nil
}

// validate reports the first image that core's AddArtifacts rejects.
func validate(images []registryimage.Image, received, answer interface{}) error {
	elems, isSlice := received.([]interface{})
	for i := range images {
		img := &images[i]
		verr := img.Validate()
		if verr == nil {
			continue
		}
		e := &Error{Kind: FailsHCPStep, Answer: typeName(answer), Images: images, Err: verr}
		where := article(answer)
		if isSlice && len(images) > 1 {
			where = fmt.Sprintf("%s whose element %d", where, i)
		}
		switch {
		case isSlice && i < len(elems) && elems[i] == nil:
			e.msg = fmt.Sprintf("State answers %s whose element %d is nil: Packer decodes it into an empty image "+
				"and fails the build's HCP Packer step; leave out the images that failed to build instead of "+
				"adding nil", article(answer), i)
		case img.ImageID == "" && img.ProviderName == "":
			e.msg = fmt.Sprintf("State answers %s with no ImageID and no ProviderName: Packer decodes it into an "+
				"empty image and fails the build's HCP Packer step; %s", where, fixFor(answer))
		case img.ImageID == "":
			e.msg = fmt.Sprintf("State answers %s with no ImageID (provider %q, region %q): Packer fails the "+
				"build's HCP Packer step; set ImageID (registryimage.FromArtifact takes it from Id(), "+
				"registryimage.WithID sets it), or return nil when there is no image", where, img.ProviderName,
				img.ProviderRegion)
		default:
			e.msg = fmt.Sprintf("State answers %s with no ProviderName (image %q): Packer fails the build's HCP "+
				"Packer step; set ProviderName (registryimage.FromArtifact takes it from BuilderId(), "+
				"registryimage.WithProvider sets it)", where, img.ImageID)
		}
		return e
	}
	return nil
}

// fixFor says what to return instead of an answer that decodes into an empty
// image.
func fixFor(answer interface{}) string {
	if isImageType(answer) {
		return "build it with registryimage.FromArtifact, or return nil when there is no image"
	}
	return "return the image built by registryimage.FromArtifact"
}

// collisions reports two images that core stores under the same key.
func collisions(images []registryimage.Image, answer interface{}) error {
	seen := make(map[string]int, len(images))
	for i := range images {
		key := images[i].String()
		j, dup := seen[key]
		if !dup {
			seen[key] = i
			continue
		}
		return &Error{Kind: Collision, Answer: typeName(answer), Images: images, msg: fmt.Sprintf(
			"State answers images %d and %d with the same provider, ImageID and region (%s): Packer stores "+
				"images under that key, so it keeps one and the other is lost; give each image its own region "+
				"(registryimage.WithRegion) or answer it once", j, i, key)}
	}
	return nil
}

// askOverRPC serves a with the SDK's RPC server and asks it for the registry
// key through the SDK's RPC client, over an in-memory pipe.
func askOverRPC(a packer.Artifact) (interface{}, error) {
	serverConn, clientConn := net.Pipe()
	defer clientConn.Close()
	defer serverConn.Close()

	server, err := rpc.NewServer(serverConn)
	if err != nil {
		return nil, fmt.Errorf("registrytest: starting the RPC server: %w", err)
	}
	if err := server.RegisterArtifact(a); err != nil {
		return nil, fmt.Errorf("registrytest: registering the artifact: %w", err)
	}
	go server.Serve()
	client, err := rpc.NewClient(clientConn)
	if err != nil {
		return nil, fmt.Errorf("registrytest: starting the RPC client: %w", err)
	}

	answered := make(chan interface{}, 1)
	go func() { answered <- client.Artifact().State(registryimage.ArtifactStateURI) }()
	select {
	case v := <-answered:
		return v, nil
	case <-time.After(timeout):
		return nil, fmt.Errorf("registrytest: State did not answer over RPC within %s", timeout)
	}
}

// recorder forwards an artifact and records State's in-process answer for
// the registry key, and a panic, so that messages can name the plugin's type.
type recorder struct {
	packer.Artifact

	mu       sync.Mutex
	asked    bool
	answer   interface{}
	panicked error
}

// State forwards to the artifact's State and records its answer for the
// registry key; a panic becomes a nil answer and is recorded.
func (r *recorder) State(name string) (v interface{}) {
	if name != registryimage.ArtifactStateURI {
		return r.Artifact.State(name)
	}
	defer func() {
		if p := recover(); p != nil {
			r.mu.Lock()
			r.asked = true
			r.panicked = fmt.Errorf("%v", p)
			if site := panicSite(debug.Stack()); site != "" {
				r.panicked = fmt.Errorf("%v, in %s", p, site)
			}
			r.mu.Unlock()
			v = nil
		}
	}()
	v = r.Artifact.State(name)
	r.mu.Lock()
	r.asked, r.answer = true, v
	r.mu.Unlock()
	return v
}

func (r *recorder) result() (answer interface{}, asked bool, panicked error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.answer, r.asked, r.panicked
}

// panicSite returns the function and file:line where a panic happened: the
// first frame after the panic that is not in the runtime, from a stack as
// debug.Stack prints it.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "panic(") })
	if i < 0 {
		return ""
	}
	for i += 2; i+1 < len(lines); i += 2 {
		fn, file := lines[i], strings.TrimSpace(lines[i+1])
		if strings.HasPrefix(fn, "runtime.") {
			continue
		}
		if j := strings.LastIndex(fn, "("); j > 0 {
			fn = fn[:j]
		}
		if j := strings.LastIndex(file, " +0x"); j > 0 {
			file = file[:j]
		}
		return fn + " at " + file
	}
	return ""
}

// isNilValue reports whether v is a nil pointer, slice, map, func, chan or
// interface held in a non-nil interface.
func isNilValue(v interface{}) bool {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// isImageType reports whether v is a registry image or a slice of them.
func isImageType(v interface{}) bool {
	t := reflect.TypeOf(v)
	for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice) {
		t = t.Elem()
	}
	return t == reflect.TypeOf(registryimage.Image{})
}

func typeName(v interface{}) string { return fmt.Sprintf("%T", v) }

// article returns the answer's type with an indefinite article, as in
// "a map[string]string" or "an int".
func article(v interface{}) string {
	t := typeName(v)
	if strings.ContainsRune("aeiou", rune(t[0])) {
		return "an " + t
	}
	return "a " + t
}

// describe returns the answer's type and, for a scalar, its value.
func describe(v interface{}) string {
	switch reflect.ValueOf(v).Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return fmt.Sprintf("%s (%#v)", article(v), v)
	}
	return article(v)
}
