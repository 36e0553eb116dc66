// Package gopls is the end-to-end test of parlint inside gopls: it builds a
// gopls with parlint compiled in (cmd/parlint-gopls), runs it on a copy of
// examples/ and checks what an editor would get from it: parlint's
// diagnostics with their categories, and a quick fix that applies cleanly.
//
// The test is behind the e2e build tag, so that go test ./... stays fast:
//
//	go test -tags e2e -count=1 -timeout 30m ./internal/e2e/gopls
//
// The built gopls is cached between runs under $PARLINT_E2E_CACHE, or
// parlint-e2e in the user cache directory, keyed on the gopls version, the Go
// version and the source of the analyzer and of cmd/parlint-gopls; a change
// to any of them builds a new one. PARLINT_E2E_GOPLS names a gopls to test
// instead of building one. -update rewrites the golden diff in testdata/.
package gopls
