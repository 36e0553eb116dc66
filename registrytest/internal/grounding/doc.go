// Package grounding checks parlint against the runtime: its test copies
// scenario artifacts from the analyzer's testdata (read-only) and from its own
// testdata into a temporary module on the real SDK, runs each through
// registrytest.Decode and parlint over the same files, and checks that what
// parlint reports agrees with what Packer core does.
//
// It asserts consistency rules, not a frozen list of findings:
//
//   - an artifact parlint is silent on publishes, or publishes nothing on
//     purpose (parlint leaves it alone, or it has no image in that state);
//   - an artifact whose answer core drops, or that fails the build's HCP
//     Packer step, has a finding;
//   - a finding's claim about the consequence (fails the build, cannot be
//     decoded, never heard of) is what Decode observes.
//
// Disagreements already known are listed in the test with what each side
// says; they are logged, not failed, so that the analyzer's testdata and
// messages can change on their own schedule.
//
// TestStubMatchesSDK grounds the analyzer's testdata the same way: the SDK
// stub its tests type-check against declares the exported names, types and
// constant values of the SDK this module requires.
package grounding
