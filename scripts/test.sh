#!/usr/bin/env bash
# Runs every parlint test, suite by suite, each under a timeout of its own,
# and every suite even when one before it failed; it exits 1 if any failed
# and names them.
#
#   analyzer    ./passes/... in full, the tests that -short skips included
#               (those that load generated plugins with go list)
#   unit        the root module with -short: the analyzer, the command, the
#               golangci-lint plugin, the generators (about a minute warm)
#   e2e         the end-to-end suites of the root module: the scaffold test
#               (a category added to a copy of the module, whose tests run),
#               and internal/e2e/cli (the command, go vet, -fix, -diff,
#               SARIF and the separate tools module, on examples/)
#   registrytest, examples
#               registrytest's module (with the test that grounds parlint in
#               the runtime) and the examples' unit tests that use it
#   golangci    builds golangci-lint v2.15.0 with the plugin, runs it
#   gopls       builds gopls v0.23.0 with parstate, drives it over LSP
#   bench       every benchmark of ./passes/... once (-benchtime=1x), so that
#               the benchmarks that check the speed targets keep running
#
# The timeouts add up to 81 minutes, under CI's 90 with room for .ci/run's
# gofmt, go vet and staticcheck; each is several times what its suite takes
# cold on a busy 2-core machine (README, "Tests").
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()

# suite NAME DIR TIMEOUT ARGS...: go test -count=1 -timeout TIMEOUT ARGS in DIR.
suite() {
	local name=$1 dir=$2 timeout=$3 start=$SECONDS
	shift 3
	echo "== $name: (cd $dir && go test -count=1 -timeout $timeout $*)"
	if (cd "$dir" && go test -count=1 -timeout "$timeout" "$@"); then
		echo "-- $name: ok in $((SECONDS - start)) s"
	else
		echo "-- $name: FAILED after $((SECONDS - start)) s"
		failed+=("$name")
	fi
}

suite analyzer . 5m -tags parlint_checksweeps ./passes/...
suite unit . 8m -short ./...
suite e2e . 15m ./internal/catalog ./internal/e2e/cli
suite registrytest registrytest 8m ./...
suite examples examples 5m ./...
suite golangci internal/e2e/golangci 15m ./...
suite gopls . 15m -tags e2e ./internal/e2e/gopls/...
suite bench . 10m -run='^$' -bench=. -benchtime=1x ./passes/...

if [ ${#failed[@]} -gt 0 ]; then
	echo "scripts/test.sh: failed: ${failed[*]}"
	exit 1
fi
echo "scripts/test.sh: every suite passed"
