#!/usr/bin/env bash
# Runs every parlint test: the analyzer and command (root module, including
# the end-to-end run on examples/), registrytest (a module of its own, with
# the test that grounds parlint in the runtime) and the examples' unit tests,
# then the golangci-lint and gopls end-to-end suites, which build those tools
# once and reuse the builds.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== go test ./... (analyzer, command, e2e on examples/)"
go test -count=1 ./...

echo "== registrytest (its own module) and the examples' unit tests that use it"
(cd registrytest && go test -count=1 ./...)
(cd examples && go test -count=1 ./...)

if [ -d internal/e2e/golangci ] && [ -f internal/e2e/golangci/go.mod ]; then
	echo "== golangci-lint module plugin, end to end"
	(cd internal/e2e/golangci && go test -count=1 -timeout 30m ./...)
fi

if [ -d internal/e2e/gopls ]; then
	echo "== gopls with parlint, end to end"
	go test -count=1 -tags e2e -timeout 30m ./internal/e2e/gopls/...
fi
