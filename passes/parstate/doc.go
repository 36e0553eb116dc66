// Package parstate defines an Analyzer that checks that Packer plugin
// artifacts publish their images to the HCP Packer registry.
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
// included), in packages that import the SDK, directly or not. Declarations in
// _test.go files are not checked, and a type whose State is promoted from an
// embedded type is checked once, at that State. Nothing is reported in a file
// with a syntax or type error: while it is being typed, the compile error
// comes first.
//
// The registry path is the code that runs when State is asked for the URI: a
// branch on name == ArtifactStateURI (an if, a switch case, the code after an
// "if name != ArtifactStateURI { return ... }" early return, conditions joined
// with && or ||, constants of the plugin whose value is the URI) and the
// same-package functions, methods and closures it calls, transitively. Code of
// other packages is not looked into, and what parstate cannot see counts as
// correct. SDK symbols are matched by package path and name through type
// information, so aliased, dot and vendored imports work and a look-alike
// package of the same names under another path is not taken for the SDK.
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
// registry step. Forwarding the key to another artifact (return
// a.inner.State(name)) or to code in another package counts as answering, and
// so does returning a map entry when the package stores something under the
// URI. A parameter named _ or unnamed cannot answer. Fix: insert the
// documented branch at the top of State.
//
// state-uri-literal: the key is compared with "par.artifact.metadata" instead
// of the SDK's constant. It still counts as answering. Fix: use the constant.
//
// fromartifact-missing: the answer is not something Packer decodes as registry
// images (an Image, a *Image, a slice of either, or a struct of the plugin's
// own with string fields ImageID and ProviderName): for example a string, an
// error, a map. Also an Image composite literal that never gets ImageID or
// ProviderName, which FromArtifact would fill. A branch that returns nil is a
// deliberate opt-out and is not reported.
//
// error-ignored: the error of FromArtifact, FromMappedData, or of a
// same-package helper that returns an image and an error, is discarded with _,
// dropped with the call used as a statement, or never read before it is
// assigned again. Returning the error to a caller is not ignoring it. Fix, for
// x, _ := call(...): name the error and check it, returning nil (nil, err from
// a function that returns an error) or continuing inside a loop.
//
// error-return: on the error path (if err != nil) of one of those calls, a
// function whose result goes to Packer as it is (State, or a helper that
// returns interface{}) returns anything but a plain nil: the error, the image,
// a typed nil. Packer skips an artifact only on a nil interface. A continue in
// an aggregating loop and a helper that returns nil, err to a caller that
// checks it are correct. Fix: return nil.
//
// sourceid-missing: nothing sets SourceImageID on an image built by
// FromArtifact, which can never derive it, or by a composite literal: no
// WithSourceID among the options (options slices built by a literal or by
// append, even under a condition, count), no option function of the package
// that assigns it, no write of the field on the path. HCP Packer then cannot
// link the image to its parent. When the artifact has exactly one string field
// whose name has the word source, src, base or parent, the message names it
// and the fix passes it.
//
// unchecked-assert: a single-value type assertion x.(T) on the registry path,
// such as a.StateData["generated_data"].(map[string]interface{}): when it
// fails, the plugin panics in the middle of the build. Use the comma-ok form.
//
// ignore-directive: a //parlint:ignore directive with no category, an unknown
// category, or no reason, or an unknown //parlint: directive.
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
