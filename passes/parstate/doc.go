// Package parstate defines an Analyzer that checks that Packer plugin
// artifacts publish their images to the HCP Packer registry.
//
// # Layout
//
// Each category has a file named after it without its dashes
// (stateurimissing.go for state-uri-missing) that holds its check, its
// messages and its fix builder, and its scenarios are under
// testdata/src/<that name>, with its fixes' goldens under fix/. The shared
// machinery has files of its own: parstate.go (the Analyzer; run lists the
// checks), artifact.go (which types are artifacts), dispatch.go (how State
// dispatches on the key), path.go and errpath.go (the registry path and the
// facts every check reads: image calls and their error paths, the answers
// that go to Packer), report.go and directive.go (reporting, suppression),
// sdk.go (SDK symbols), context.go (per-package state, fix plumbing). Edits
// themselves are built by internal/edit. The README's "Contributing" section
// says how to add a check.
//
// # Analyzer parstate
//
// parstate: check that Packer artifacts answer the HCP Packer registry key
//
// Packer core asks every artifact for State(registryimage.ArtifactStateURI)
// and decodes the answer as registry images. A wrong answer fails silently at
// build time: core logs a warning and the registry never hears of the image,
// or its ancestry is lost. parstate checks the State method of every type
// whose method set has the six methods of packer.Artifact (BuilderId, Files,
// Id, String, State, Destroy, with their exact signatures, promoted methods
// included). The method set alone decides: a package that imports nothing but
// the standard library can declare an artifact, and the answer does not
// depend on how parstate is run (on ./..., on one package, or under go vet).
// Declarations in _test.go files are not checked, and a type whose State is
// promoted from an embedded type is checked once, at that State. Nothing is
// reported in a file with a syntax or type error: while it is being typed,
// the compile error comes first.
//
// The registry path is the code that runs when State is asked for the URI: a
// branch on name == ArtifactStateURI (an if, a switch case, the code after an
// "if name != ArtifactStateURI { return ... }" early return up to its final
// return, conditions joined with && or ||, constants of the plugin whose
// value is the URI) and the same-package functions, methods and closures it
// calls, transitively. A branch that comes after one that is always taken for
// the URI and always returns never runs for the URI, such as a second copy of
// the registry branch, and is not checked. Code of other packages is not
// looked into, and what parstate cannot see counts as correct. SDK symbols
// are matched by package path and name through type information, so aliased,
// dot and vendored imports work and a look-alike package of the same names
// under another path is not taken for the SDK.
//
// # What parstate leaves alone
//
// Artifacts with nothing to publish: when an artifact's Id method returns a
// constant on every path ("" or a fixed word such as "Container", as the
// checksum, compress, zip, tarball and log artifacts of file-only
// post-processors and Packer core's own registry marker do), FromArtifact
// would publish an empty or fixed ImageID and Packer would fail the build's
// registry step. Such an artifact is never told to answer the key, and never
// offered the fix that would make it. The packages of the SDK module itself
// (its mock artifact, its RPC client proxy) are not checked either.
//
// # Categories
//
// Each finding has one of these categories, which -disable and
// //parlint:ignore name.
//
// state-uri-missing: State never answers ArtifactStateURI, so the artifact's
// images never reach the registry. The message is more urgent when State
// returns a non-nil value (a status struct, a string) for a key it does not
// know: Packer tries to decode it as images and drops it or fails the build's
// registry step. Forwarding the key counts as answering: returning the result
// of a call that is handed the key, such as another artifact's State (return
// a.inner.State(name)) or code in another package (return other.Lookup(a,
// name)), directly or through a variable. Handing the key to a call whose
// result State does not return, such as a logger or a trace hook, does not.
// Returning a map entry counts when the package stores something under the
// URI. A parameter named _ or unnamed cannot answer. Fix: insert the
// documented branch at the top of State; it passes WithSourceID only when the
// artifact has a field that clearly holds the source image (see
// sourceid-missing), and otherwise leaves that one finding for the author.
//
//	// WRONG: HCP Packer never hears of this artifact's images
//	func (a *Artifact) State(name string) interface{} {
//		return a.StateData[name]
//	}
//
//	// RIGHT
//	func (a *Artifact) State(name string) interface{} {
//		if name == registryimage.ArtifactStateURI {
//			img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage))
//			if err != nil {
//				log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
//				return nil
//			}
//			return img
//		}
//		return a.StateData[name]
//	}
//
// state-uri-literal: the key is compared with "par.artifact.metadata" instead
// of the SDK's constant. It still counts as answering. Fix: use the constant.
//
//	if name == "par.artifact.metadata" { // WRONG
//	if name == registryimage.ArtifactStateURI { // RIGHT
//
// fromartifact-missing: the answer is not something Packer decodes as registry
// images (an Image, a *Image, a slice of either, or a struct of the plugin's
// own with string fields ImageID and ProviderName): for example a string, an
// error, a map. Also an Image composite literal that never gets ImageID or
// ProviderName, which FromArtifact would fill. A branch that returns nil is a
// deliberate opt-out and is not reported.
//
//	case registryimage.ArtifactStateURI:
//		return map[string]string{"id": a.Id()} // WRONG: Packer cannot decode it as an image
//		return &registryimage.Image{ProviderRegion: r} // WRONG: no ImageID, no ProviderName
//		img, err := registryimage.FromArtifact(a, opts...) // RIGHT (check err, return img)
//
// error-ignored: the error of FromArtifact, FromMappedData, or of a
// same-package helper that returns an image and an error, is discarded with _,
// dropped with the call used as a statement, or never read before it is
// assigned again. Returning the error to a caller is not ignoring it. Fix, for
// x, _ := call(...): name the error and check it, returning nil from a
// function with an interface result (nil, err from one that returns an
// error) or continuing inside a loop. A helper whose one result is a pointer
// or a slice gets no fix: its nil would reach Packer as a typed nil.
//
//	img, _ := registryimage.FromArtifact(a) // WRONG
//
//	img, err := registryimage.FromArtifact(a) // RIGHT
//	if err != nil {
//		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
//		return nil
//	}
//
// error-return: on the error path of one of those calls (an if err != nil
// after the call, in the same block, before err is assigned again), a
// function whose result goes to Packer as it is (State, or a helper that
// returns interface{}) returns anything but a plain nil: the error, the image,
// a typed nil. Packer skips an artifact only on a nil interface. A continue in
// an aggregating loop and a helper that returns nil, err to a caller that
// checks it are correct; a return err for another key that reuses the same
// err variable is not on the registry path. Also a typed nil that reaches
// Packer through a helper: State returns, as it is, the result of a
// same-package helper whose result type is a pointer or a slice (*Image,
// []*Image) and that returns nil on some path; check the result for nil in
// State, or give the helper an interface{} result. Fix: return nil; when the
// returned expression holds the last use of an import or a variable (return
// fmt.Errorf("...: %w", err)), log it first, so that nothing becomes unused.
//
//	img, err := registryimage.FromArtifact(a)
//	if err != nil {
//		return err // WRONG: Packer tries to decode the error as an image
//		return img // WRONG: a typed nil is not a nil interface
//		return nil // RIGHT: Packer skips the artifact
//	}
//
// sourceid-missing: nothing sets SourceImageID on an image built by
// FromArtifact, which can never derive it, or by a composite literal: no
// WithSourceID among the options (options slices built by a literal or by
// append, even under a condition, count), no option function of the package
// that assigns it, no write of the field on the path. HCP Packer then cannot
// link the image to its parent. Candidates are the artifact's string fields
// whose name has the word source, src, base or parent. When exactly one of
// them also names an image (image, img, ami, id, snapshot) and no place
// (path, dir, file, folder, url), such as SourceImage, SourceAMI, BaseImageID
// or ParentImageName, the message names it and the fix passes it; otherwise
// the message lists the candidates and no fix is offered, since a BaseDir or
// a SourcePath is not an image ID.
//
//	img, err := registryimage.FromArtifact(a) // WRONG
//	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // RIGHT
//
// unchecked-assert: a single-value type assertion x.(T) on the registry path,
// such as a.StateData["generated_data"].(map[string]interface{}): when it
// fails, the plugin panics in the middle of the build. Use the comma-ok form.
//
//	src := a.StateData["generated_data"].(map[string]interface{}) // WRONG: panics when missing
//	gd, ok := a.StateData["generated_data"].(map[string]interface{}) // RIGHT: skip the image when !ok
//
// ignore-directive: a //parlint:ignore directive with no category, an unknown
// category, or no reason, or an unknown //parlint: directive.
//
//	// WRONG: no reason, so it silences nothing and is itself reported
//	//parlint:ignore sourceid-missing
//
//	// RIGHT
//	//parlint:ignore sourceid-missing the ISO has no parent image
//
// # Configuration and suppression
//
// The -disable flag takes a comma-separated list of categories not to report;
// an unknown category is an error.
//
// A comment "//parlint:ignore CATEGORY[,CATEGORY] reason" on the line of a
// finding or the line above silences those categories there. In the doc
// comment of a State method, it silences them on that State's whole registry
// path. The reason is required: a directive without one, or with an unknown
// category, silences nothing and is reported.
package parstate
