#!/usr/bin/env bash
# bench-govet.sh DIR [RUNS]: what go vet -vettool=parlint costs on the module
# in DIR, cold and warm, against stock go vet and against the no-op vettool
# (internal/cmd/noop: x/tools' unitchecker with an analyzer that does
# nothing). Set PARLINT_BEFORE=REV to also measure parlint built from git
# revision REV of this repository (for example 71fa272, before go vet's
# facts-only runs were skipped).
#
# "Cold" is go vet's first run after parlint is installed: the build cache
# (GOCACHE) holds the compiled packages, warmed by go build ./..., but no
# vet results. Each cold run starts from a copy of that cache; "warm" is
# the same command run again right after. It prints, for each tool, the
# median wall time and CPU time (user+sys of go vet and every process it
# runs) over RUNS runs (default 3), and the exit status of the last run.
#
# CPU time needs GNU time (/usr/bin/time); apt-get install time.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 DIR [RUNS]" >&2
	exit 2
fi
dir=$(cd "$1" && pwd)
runs=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
if ! /usr/bin/time -f %U true >/dev/null 2>&1; then
	echo "$0: needs GNU time (/usr/bin/time): apt-get install time" >&2
	exit 1
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
(cd "$repo" && go build -o "$work/parlint" ./cmd/parlint && go build -o "$work/noop" ./internal/cmd/noop)
tools="stock noop parlint"
if [ -n "${PARLINT_BEFORE:-}" ]; then
	mkdir "$work/before-src"
	git -C "$repo" archive "$PARLINT_BEFORE" | tar -x -C "$work/before-src"
	(cd "$work/before-src" && go build -o "$work/before" ./cmd/parlint)
	tools="stock noop before parlint"
fi

echo "warming a build cache with go build ./... in $dir" >&2
export GOFLAGS=-buildvcs=false
(cd "$dir" && GOCACHE="$work/cache.warm" go build ./...)

# vet TOOL CACHE: runs go vet with TOOL once in DIR and prints
# "wall-seconds cpu-seconds exit-status".
vet() {
	local tool=$1 cache=$2 args=() start end code=0
	[ "$tool" != stock ] && args=("-vettool=$work/$tool")
	start=$(date +%s.%N)
	(cd "$dir" && GOCACHE="$cache" /usr/bin/time -o "$work/usage" -f "%U %S" go vet "${args[@]}" ./... >/dev/null 2>&1) || code=$?
	end=$(date +%s.%N)
	echo "$(echo "$end - $start" | bc) $(tail -n 1 "$work/usage" | awk '{print $1 + $2}') $code"
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

printf "%-8s %10s %10s %10s %10s %5s\n" tool "cold wall" "cold CPU" "warm wall" "warm CPU" exit
for tool in $tools; do
	: >"$work/cold" && : >"$work/warm"
	for _ in $(seq 1 "$runs"); do
		rm -rf "$work/cache" && cp -a "$work/cache.warm" "$work/cache"
		vet "$tool" "$work/cache" >>"$work/cold"
		vet "$tool" "$work/cache" >>"$work/warm"
	done
	printf "%-8s %9.2fs %9.2fs %9.2fs %9.2fs %5s\n" "$tool" \
		"$(cut -d' ' -f1 "$work/cold" | median)" "$(cut -d' ' -f2 "$work/cold" | median)" \
		"$(cut -d' ' -f1 "$work/warm" | median)" "$(cut -d' ' -f2 "$work/warm" | median)" \
		"$(tail -n 1 "$work/warm" | cut -d' ' -f3)"
done
