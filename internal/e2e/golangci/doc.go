// Package e2e tests parlint inside golangci-lint, end to end: it builds
// ./cmd/golangci-lint (golangci-lint v2 with the parlint plugin), runs it on
// examples/ with .golangci.example.yml and compares its findings with
// examples/findings.golden. TestCustom also builds golangci-lint the way the
// README tells users, with `golangci-lint custom` and .custom-gcl.yml, from a
// local git repository of golangci-lint's module zip in place of GitHub's,
// and checks the binary it builds the same way.
//
// This is a module of its own so that parlint's module does not depend on
// golangci-lint. Run it from this directory:
//
//	go test -count=1 -timeout 30m ./...
//
// The first run builds golangci-lint, which takes minutes; later runs reuse
// the binary until parlint's sources, this module's go.mod, go.sum or main.go,
// or the Go toolchain change. It is kept in $PARLINT_E2E_CACHE, or else in
// parlint-e2e under the user cache directory. -short skips the tests.
package e2e
