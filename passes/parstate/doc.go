// Package parstate defines an Analyzer that checks that Packer plugin
// artifacts publish their images to the HCP Packer registry.
//
// # Layout
//
// Each category has a file named after it without its dashes
// (stateurimissing.go for state-uri-missing) that declares its constant and
// its check (check.go: which State methods it looks at, and the function that
// looks), and holds its messages and its fix builder; its scenarios are under
// testdata/src/<that name>, with its fixes' goldens under fix/, and run with
// only it enabled. checks.go, the list of checks in the manual's order, and
// the README's table of checks and sections are generated from these files
// and this one (go generate). The shared machinery has files of its own, each
// a layer that returns values: parstate.go (the Analyzer; run computes the
// facts the checks of each phase read), artifact.go (which types are
// artifacts, what their Id is), internal/model (the model of what State
// does, on the package's SSA form: State evaluated with its key bound to the
// URI and to another key, what runs for each through the package's
// functions, closures, interfaces and tables, whether an image call's error
// is checked and what runs when it fails, which assertions cannot panic; its
// package documentation states its invariants), view.go (the model read
// through a function's syntax), truth.go, flow.go (the control-flow graph of
// a function and what of it runs where the model decides its conditions),
// branches.go and pathfunc.go (what State does with its key, and the
// functions that run for the URI), answers.go and outcome.go (the values
// State hands Packer, followed back through variables and calls, and what
// Packer does with each),
// errorpaths.go (the paths on which an image call's error is not nil, from
// the model, or traced through the syntax where the error meets other values),
// path.go (the facts every check reads), report.go and directive.go
// (reporting, suppression), sdk.go (SDK symbols), sdkbuild.go (whether a fix
// may import packer/registry/image), context.go (per-package state, fix
// plumbing). Edits themselves are built by internal/edit. The README's
// "Contributing" section says how to add a check.
//
// # Analyzer parstate
//
// parstate: check that Packer artifacts answer the HCP Packer registry key
//
// Packer core asks every artifact for State(registryimage.ArtifactStateURI)
// and decodes the answer as registry images. A wrong answer shows only at the
// end of a build, after the image was built: core logs a warning and the
// registry never hears of the image, the build's HCP Packer step fails, or
// the image's ancestry is lost. parstate checks the State method of every type
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
// The registry path is the code that runs when State is asked for the URI,
// decided by the control-flow graph of State (x/tools go/cfg) under the
// assumption that the key is the URI: a condition that the assumption
// decides takes one branch, every other both, and a call of panic, os.Exit,
// log.Fatal or a same-package function that never returns ends its path. So
// code before the dispatch is on the path, a branch that cannot run for the
// URI (after one that always returns for it) is not, and the dispatch may be
// written any way: an if or a switch, an early return on !=, a same-package
// predicate (isRegistryKey(name)), strings.HasPrefix or EqualFold, a copy or
// a conversion of the key (stateKey(name)), a constant of the plugin or a
// variable that only ever holds the URI, or a table of handlers keyed by the
// URI. The path goes on, transitively, into the same-package functions,
// methods, closures and handlers that this code reaches, with the key bound
// where it is passed. The values State returns for the URI are followed back
// through variables and same-package calls to what makes them, and judged
// by what Packer does with each (published, skipped, dropped with a warning,
// or failing the build's HCP Packer step), as measured through the SDK's
// RPC. Code of other packages is not looked into, and what parstate cannot
// see counts as correct. SDK symbols
// are matched by package path and name through type information, so aliased,
// dot and vendored imports work and a look-alike package of the same names
// under another path is not taken for the SDK.
//
// # What parstate leaves alone
//
// Artifacts with nothing to publish. Whether State must answer the key is
// decided from what the artifact is, asked as two questions.
//
// Does it hold a machine image? A VM, a disk, a snapshot, a container
// image, a Vagrant box or an image file exported to a bucket does; a
// checksum, an archive (tar, zip, zstd, compress), a manifest or other
// record, a package file (.spk), metadata, a log, a registry marker, a
// demo, dummy or scaffolding artifact, a container's exported file system
// does not. parstate reads it from what names the artifact first: its type,
// its package and its builder ID, each by its last telling word (a
// BoxMetadata is metadata, an ImageChecksum a checksum), and a struct whose
// every field has a json tag is a record (Packer's manifest). When no name
// tells, it reads what the artifact says of itself: the text of its String
// method and the constants its Id and Files return ("Exported Docker file:
// %s" is a file, "VM files in directory: %s" an image). Words of both kinds,
// or of neither, make an image, as does an Id that returns a wrapped
// artifact's Id. An artifact with no image is never told to answer the key,
// in either mode, unless its State returns for every key a value that fails
// the build anyway: then it is told to return nil for that key.
//
// Does its Id name that image? An Id that returns, on every path, a
// constant however it is spelled ("VM", "Null", Sprintf of constants), a
// path or a URL (a field named for a path, a file, a URL or a location, or
// a value built with filepath.Join, "s3://"+..., Sprintf("gs://...")), one
// of the files its Files lists (a.files[0]), the provider's name (a
// Vagrant box's "virtualbox") or a job's ID (an export job's, while the
// image's ID sits in another field) does not: FromArtifact would publish it
// as the image's ID. The default reports only images whose Id names them.
// The -strict flag (golangci-lint: strict: true) reports the others too,
// for the plugins whose image builders keep their identity elsewhere: publish
// with WithID of the real identity, named when exactly one field of the
// artifact can hold it (WithID(a.snapshotData)), never as a fix; or return
// nil for the URI to say the artifact publishes nothing, which parstate
// respects. The packages of the SDK module itself (its mock artifact, its RPC
// client proxy) are not checked either.
//
// # Categories
//
// Each finding has one of these categories, which -disable and
// //parlint:ignore name.
//
// state-uri-missing: State never answers ArtifactStateURI, so the artifact's
// images never reach the registry. The message is more urgent, and says what
// Packer does, when State returns a non-nil value for a key it does not know:
// a struct or a map without ImageID fails the build's HCP Packer step, a
// string is dropped with a warning. Forwarding the key counts as answering:
// returning the result of a call that is handed the key, such as another
// artifact's State (return a.inner.State(name)) or code in another package
// (return other.Lookup(a, name)), directly or through a variable. Handing the
// key to a call whose result State does not return, such as a logger or a
// trace hook, does not. Returning a map entry counts when the package stores
// something under the URI. A parameter named _ or unnamed cannot answer. A
// State declared on a type that only the artifacts embedding it make whole is
// checked once, at its declaration. An artifact with no image, or whose Id
// does not name its image ("", "VM", a path, the provider's name), is left
// alone (see "What parstate leaves alone"); -strict (golangci-lint: strict:
// true) reports the latter too, with advice to publish with WithID of the
// real identity or to return nil for the URI. Fix: inserts the
// documented branch at the top of State; it passes WithProvider when the
// package publishes its other artifacts under one provider name, and
// WithSourceID only when the artifact has a field that clearly holds the
// source image (see sourceid-missing), otherwise leaving that one finding for
// the author. A wrapper that embeds packer.Artifact gets a branch that
// forwards the key to it instead. No fix when Id joins several images
// (region:ami,region:ami: publish one image per region with FromMappedData) or
// does not name the image, nor where the build may not provide
// packer/registry/image. parlint reads nothing but what the driver gives the
// analyzer (no go.mod), so the fix needs the package to import
// packer/registry/image already, directly or not, or to import from an SDK of
// v0.2.5 or newer in the module cache; a package that imports nothing from the
// SDK, or imports an older one, or one vendored or replaced by a directory,
// gets no fix, and the message says why.
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
// of the SDK's constant. It still counts as answering. Fix: uses the
// constant.
//
//	if name == "par.artifact.metadata" { // WRONG
//	if name == registryimage.ArtifactStateURI { // RIGHT
//
// fromartifact-missing: a value State hands Packer for the URI does not
// publish an image. Each value is followed through variables and same-package
// calls to what makes it: a string, a number or a bool is dropped with a
// warning; an error value reaches Packer as an empty map and publishes
// nothing, silently; a struct or a map without ImageID and ProviderName
// decodes into an empty image and fails the build's HCP Packer step. An Image,
// a *Image, a slice of either, a []interface{} of them, a map literal with the
// keys ImageID and ProviderName, and a struct of the plugin's own with those
// string fields all publish. An Image composite literal that never gets
// ImageID or ProviderName, which FromArtifact would fill, is reported too. A
// branch that returns nil is a deliberate opt-out and is not reported. No fix:
// the right image is the author's call.
//
//	case registryimage.ArtifactStateURI:
//		return map[string]string{"id": a.Id()} // WRONG: an image with no ImageID fails the HCP Packer step
//		return &registryimage.Image{ProviderRegion: r} // WRONG: no ImageID, no ProviderName
//		img, err := registryimage.FromArtifact(a, opts...) // RIGHT (check err, return img)
//
// error-ignored: the error of a call that builds images is discarded or never
// checked. The calls are FromArtifact, FromMappedData and same-package helpers
// that return an image and an error; the error is discarded with _, dropped
// with the call used as a statement, or no use of it decides anything: a
// condition, a comparison whose result is used, errors.Is or errors.As, a
// return, a same-package or generic helper whose own code does one of those
// decide; _ = err, a logger's call, a field nothing reads, or a helper that
// only logs it (orLog) do not. Returning the error to a caller is not
// ignoring it. It also reports a
// call whose image is appended after it failed (the error only logged, or
// overwritten by the next iteration before the check after the loop): the nil
// image in the slice fails the build's HCP Packer step. In a loop that builds
// one image per region, continue on error is fine. Fix: checks the error of x,
// _ := call(...); it names the error (err, or a free name when err holds
// another error) and checks it, returning nil from a function with an
// interface result (nil, err from one that returns an error) or continuing
// inside a loop. A helper whose one result is a pointer or a slice gets no
// fix: its nil would reach Packer as a typed nil; the message says how to
// avoid it.
//
//	img, _ := registryimage.FromArtifact(a) // WRONG
//
//	img, err := registryimage.FromArtifact(a) // RIGHT
//	if err != nil {
//		log.Printf("[DEBUG] error creating HCP Packer registry image: %s", err)
//		return nil
//	}
//
// error-return: an error path of a call that builds images returns something
// other than a plain nil to Packer. The calls are FromArtifact, FromMappedData
// and same-package helpers that return an image and an error; a call's error
// paths are the paths of the control-flow graph on which its error is not nil
// and that run only then: if err != nil, if err == nil { return img } and what
// follows, else branches, && and || with other conditions, a tagless switch,
// up to where err is assigned again. There, a function whose result goes to
// Packer as it is (State, or a helper that returns interface{}) returns
// anything but a plain nil: the error (which RPC sends as an empty map: no
// image, no warning), the image or another typed nil (which RPC turns into
// nil, so Packer skips the artifact, but the plugin's own tests see a non-nil
// value). The same holds for a return of the call's image that the success
// path runs too, after a test of the error that does not return (if err !=
// nil { log.Printf(...) } and then return img): on the failure path it hands
// Packer the failed call's nil. A continue in an aggregating loop and a
// helper that returns nil, err to a caller that checks it are correct; a return err for another key that
// reuses the same err variable is not on the registry path. It also reports a
// typed nil that reaches Packer through helpers and variables, however many:
// State returns a value that a same-package helper of pointer or slice result
// (*Image, []*Image) returns as nil on its error path, with no nil check on
// the way; check the result for nil in State, or give the helper an
// interface{} result. Fix: returns nil; when the returned expression holds the
// last use of an import or a variable (return fmt.Errorf("...: %w", err)), it
// logs that expression first, so that nothing becomes unused. For a return
// both paths run, it ends the branch only a failed call takes with return
// nil, and the return keeps handing Packer the image on success.
//
//	img, err := registryimage.FromArtifact(a)
//	if err != nil {
//		return err // WRONG: an empty map at Packer: no image, no warning
//		return img // WRONG: a typed nil, not the SDK's plain nil
//		return nil // RIGHT: Packer skips the artifact
//	}
//
//	case registryimage.ArtifactStateURI:
//		return a.registryImage() // WRONG: a *Image helper's nil on its error path is a typed nil
//		if img := a.registryImage(); img != nil { // RIGHT (or give registryImage an interface{} result)
//			return img
//		}
//		return nil
//
// sourceid-missing: nothing sets SourceImageID on an image built on the
// registry path, so HCP Packer cannot link the image to its parent.
// FromArtifact can never derive it, nor can a composite literal: there is no
// WithSourceID among the options (options slices built by a literal or by
// append, even under a condition, count), no option function of the package
// that really assigns it, no write of the field of that image on the path
// (one image's img.SourceImageID = x does not cover another's; an option
// that sets it to "", or to a value that is always "", such as a helper that
// returns "" on every path or a package variable nothing assigns, sets
// nothing). Candidates are the artifact's string fields
// whose name has the word source, src, base or parent. When exactly one of
// them also names an image (image, img, ami, id, snapshot) and no place
// (path, dir, file, folder, url), such as SourceImage, SourceAMI, BaseImageID
// or ParentImageName, the message names it and the fix passes it; otherwise
// the message lists the candidates and no fix is offered, since a BaseDir or
// a SourcePath is not an image ID. Fix: passes the artifact's one field that
// clearly names the source image.
//
//	img, err := registryimage.FromArtifact(a) // WRONG
//	img, err := registryimage.FromArtifact(a, registryimage.WithSourceID(a.SourceImage)) // RIGHT
//
// region-missing: an image built on the registry path never gets
// ProviderRegion while the code names its region, so consumers that query
// HCP Packer by region do not find it. Packer's hcp-packer-artifact and
// Terraform's hcp_packer_artifact data sources require a region; FromArtifact
// leaves ProviderRegion empty, and Packer accepts the image that way. Reported where
// there is no WithRegion among the options (slices and options of the
// package's own count, as for sourceid-missing), no write of the field on
// the path and no ProviderRegion in an Image literal, and where the code
// clearly holds the region: the artifact's one string field named for a
// region, a zone, a location or a datacenter (not SourceRegion), a key of its
// state named so (a.StateData["region"]), the key of a FromMappedData map of
// regions (its key or the map is named for regions), or the one constant
// region the package gives its other images (by WithRegion, an Image
// literal's ProviderRegion or a write of the field, as provider-name reads
// the package's provider). An image with nothing that
// names its region, such as a local disk image, is left alone. Fix: passes
// the one value that holds the region (the field, the callback's region
// variable, the package's region); none when several fields may, or when the
// value must be asserted from state data or from the map key first.
//
//	img, err := registryimage.FromArtifact(a) // WRONG: a query by region misses it
//	img, err := registryimage.FromArtifact(a, registryimage.WithRegion(a.Region)) // RIGHT
//
// provider-name: an image built on the registry path keeps the artifact's
// builder ID as its ProviderName, so consumers that query HCP Packer by
// platform do not find it. FromArtifact sets ProviderName to BuilderId()
// (packer.post-processor.googlecompute-import) unless WithProvider, an
// option of the package's own or a write of the field says otherwise. By
// default it is reported only where the code shows the right name: the
// package publishes its other images under one constant provider (by
// WithProvider, an Image literal's ProviderName or a write of the field).
// Another package's provider is not read: a fact per package would make
// every run analyze the plugin's dependencies from source. -strict reports
// every image left with a builder ID, with advice to name the cloud or
// service as the SDK documents it ("aws", "azure", "gce", "docker",
// "vsphere"), but for a builder ID of one word, which names its platform
// already. Fix: passes the package's provider, where there is one.
//
//	img, err := registryimage.FromArtifact(a) // WRONG: published under "example.post-processor.import"
//	img, err := registryimage.FromArtifact(a, registryimage.WithProvider("gce")) // RIGHT
//
// unchecked-assert: a single-value type assertion x.(T) on the registry path
// panics the plugin in the middle of the build when it fails. The message
// names the assertion, such as
// a.StateData["generated_data"].(map[string]interface{}) (the end of its chain
// when it is long): use the comma-ok form and skip the image. An assertion
// that cannot fail is left alone: one that a successful test of the same
// value against the same type dominates (a type switch's case, an if after a
// comma-ok test), and one in code where a deferred function recovers the
// panic. No fix: what to skip is the author's call.
//
//	src := a.StateData["generated_data"].(map[string]interface{}) // WRONG: panics when missing
//	gd, ok := a.StateData["generated_data"].(map[string]interface{}) // RIGHT: skip the image when !ok
//
// ignore-directive: a //parlint:ignore directive has no category, an unknown
// category, or no reason, or a //parlint: directive is unknown. It silences
// nothing. No fix: the reason is the author's.
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
