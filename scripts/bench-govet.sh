#!/usr/bin/env bash
# bench-govet.sh DIR [RUNS]: what go vet -vettool=parlint costs on the module
# in DIR, cold and warm, against stock go vet, the no-op vettool
# (internal/cmd/noop: x/tools' unitchecker with an analyzer that does
# nothing) and the minimal vettool (internal/cmd/minvet: writes each
# package's empty facts file and exits, the floor of any vettool). Set
# PARLINT_BEFORE=REV to also measure parlint built from git revision REV of
# this repository (for example 71fa272, before go vet's facts-only runs were
# skipped), and TOOLS to measure only some of
# "stock noop minvet before parlint" (TOOLS="minvet parlint" for the ratio).
#
# "Cold" is go vet's first run after parlint is installed: the build cache
# (GOCACHE) holds the compiled packages, warmed by go build ./... and by
# go list -export -deps -test ./... (go vet also checks the packages with
# their _test.go files, and their imports: without it, the cold runs would
# compile what the tests import), but no vet results. Each cold run starts from a copy of that cache; "warm" is
# the same command run again right after. Each of the RUNS rounds (default
# 3) runs every tool once, cold then warm, in an order that rotates from
# round to round, so that drift in the machine's load hits every tool. It
# prints, for each tool, the median wall time and CPU time (user+sys of go
# vet and every process it runs), the exit status of its last run, and
# then parlint's medians over minvet's.
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
(cd "$repo" && go build -o "$work/parlint" ./cmd/parlint && go build -o "$work/noop" ./internal/cmd/noop &&
	go build -o "$work/minvet" ./internal/cmd/minvet)
default="stock noop minvet parlint"
if [ -n "${PARLINT_BEFORE:-}" ]; then
	mkdir "$work/before-src"
	git -C "$repo" archive "$PARLINT_BEFORE" | tar -x -C "$work/before-src"
	(cd "$work/before-src" && go build -o "$work/before" ./cmd/parlint)
	default="stock noop minvet before parlint"
fi
read -r -a tools <<<"${TOOLS:-$default}"

echo "warming a build cache with go build ./... and go list -export -deps -test ./... in $dir" >&2
export GOFLAGS=-buildvcs=false
(cd "$dir" && GOCACHE="$work/cache.warm" go build ./... && GOCACHE="$work/cache.warm" go list -export -deps -test ./... >/dev/null)

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

n=${#tools[@]}
for tool in "${tools[@]}"; do : >"$work/$tool.cold" && : >"$work/$tool.warm"; done
for r in $(seq 0 $((runs - 1))); do
	for i in $(seq 0 $((n - 1))); do
		tool=${tools[$(((i + r) % n))]}
		rm -rf "$work/cache" && cp -a "$work/cache.warm" "$work/cache"
		vet "$tool" "$work/cache" >>"$work/$tool.cold"
		vet "$tool" "$work/cache" >>"$work/$tool.warm"
	done
done

echo "module: $dir ($runs runs each; medians)"
printf "%-8s %10s %10s %10s %10s %5s\n" tool "cold wall" "cold CPU" "warm wall" "warm CPU" exit
for tool in "${tools[@]}"; do
	for col in cold warm; do
		cut -d' ' -f1 "$work/$tool.$col" | median >"$work/$tool.$col.wall"
		cut -d' ' -f2 "$work/$tool.$col" | median >"$work/$tool.$col.cpu"
	done
	printf "%-8s %9.2fs %9.2fs %9.2fs %9.2fs %5s\n" "$tool" \
		"$(cat "$work/$tool.cold.wall")" "$(cat "$work/$tool.cold.cpu")" \
		"$(cat "$work/$tool.warm.wall")" "$(cat "$work/$tool.warm.cpu")" \
		"$(tail -n 1 "$work/$tool.warm" | cut -d' ' -f3)"
done
if [ -s "$work/parlint.cold.cpu" ] && [ -s "$work/minvet.cold.cpu" ]; then
	ratio() { echo "$(cat "$work/parlint.$1")" "$(cat "$work/minvet.$1")" | awk '{printf "x%.2f", $1 / $2}'; }
	printf "%-8s %10s %10s %10s %10s\n" "÷minvet" "$(ratio cold.wall)" "$(ratio cold.cpu)" \
		"$(ratio warm.wall)" "$(ratio warm.cpu)"
fi
echo "each run (wall CPU exit), cold then warm:"
for tool in "${tools[@]}"; do
	echo "  $tool cold: $(tr '\n' ';' <"$work/$tool.cold")"
	echo "  $tool warm: $(tr '\n' ';' <"$work/$tool.warm")"
done
