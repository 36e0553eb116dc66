#!/usr/bin/env bash
# bench-vs-noop.sh DIR [RUNS]: what parlint costs on the module in DIR beyond
# loading it. Builds parlint and the same driver with an analyzer that does
# nothing (internal/cmd/noop), runs "CMD ./..." in DIR with each, alternately
# (the order flips every run, so drift in the machine's load hits both), RUNS
# times (default 7) after one warm-up run each, and prints the median wall
# time, CPU time (user+sys, of the command and the go list it runs) and peak
# resident memory of each, and their ratios (parlint / noop). On a shared
# machine the wall time varies with the neighbours' load; the CPU time much
# less so.
#
# Both load the same packages: each runs with -test=false, parlint's default
# (parlint never checks _test.go files), which the x/tools driver of the
# no-op would otherwise turn on, loading and type-checking every package's
# test variants too and making parlint look cheaper than it is.
#
# A synthetic module to try it on:
#   go run ./internal/cmd/synth -packages 500 -artifacts 3 /tmp/synth  # prints /tmp/synth/plugin
#   scripts/bench-vs-noop.sh /tmp/synth/plugin
#
# CPU time and peak memory need GNU time (/usr/bin/time); the script installs
# it with apt-get when it can, and otherwise reports wall time only.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 DIR [RUNS]" >&2
	exit 2
fi
dir=$(cd "$1" && pwd)
runs=${2:-7}
repo=$(cd "$(dirname "$0")/.." && pwd)

# GNU time for CPU time (%U %S, seconds) and peak RSS (%M, KiB).
gnutime=/usr/bin/time
if ! "$gnutime" -f %M true >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "installing GNU time for CPU time and peak memory..." >&2
		(apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
	fi
	if ! "$gnutime" -f %M true >/dev/null 2>&1; then
		echo "GNU time not available: measuring wall time only" >&2
		gnutime=
	fi
fi

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
(cd "$repo" && go build -o "$bin/parlint" ./cmd/parlint && go build -o "$bin/noop" ./internal/cmd/noop)

# measure NAME: runs the command once in DIR and appends
# "wall-ns cpu-s rss-kib" to $bin/NAME.runs.
measure() {
	local name=$1 start end usage="0 0"
	start=$(date +%s%N)
	if [ -n "$gnutime" ]; then
		(cd "$dir" && "$gnutime" -o "$bin/$name.usage" -f "%U %S %M" "$bin/$name" -test=false ./... >/dev/null 2>&1) || true
		usage=$(tail -n 1 "$bin/$name.usage" | awk '{print $1 + $2, $3}')
	else
		(cd "$dir" && "$bin/$name" -test=false ./... >/dev/null 2>&1) || true
	fi
	end=$(date +%s%N)
	echo "$((end - start)) $usage" >>"$bin/$name.runs"
}

# Warm the build cache (export data of dependencies) and the file cache.
measure parlint
measure noop
rm -f "$bin"/*.runs
for i in $(seq 1 "$runs"); do
	if [ $((i % 2)) = 1 ]; then measure parlint; measure noop; else measure noop; measure parlint; fi
done

median() { # median of column $2 of file $1
	sort -n -k"$2","$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}
pt=$(median "$bin/parlint.runs" 1); nt=$(median "$bin/noop.runs" 1)
pc=$(median "$bin/parlint.runs" 2); nc=$(median "$bin/noop.runs" 2)
pm=$(median "$bin/parlint.runs" 3); nm=$(median "$bin/noop.runs" 3)
echo "module: $dir ($runs runs each, alternating; medians)"
awk -v pt="$pt" -v nt="$nt" -v pc="$pc" -v nc="$nc" -v pm="$pm" -v nm="$nm" -v u="${gnutime:+1}" 'BEGIN {
	na = "n/a"
	printf "%-8s %10s %10s %15s\n", "", "wall (ms)", "CPU (ms)", "peak RSS (MiB)"
	printf "%-8s %10.0f %10s %15s\n", "parlint", pt/1e6, u ? sprintf("%.0f", pc*1000) : na, u ? sprintf("%.1f", pm/1024) : na
	printf "%-8s %10.0f %10s %15s\n", "noop", nt/1e6, u ? sprintf("%.0f", nc*1000) : na, u ? sprintf("%.1f", nm/1024) : na
	printf "%-8s %10.3f %10s %15s\n", "ratio", pt/nt, u ? sprintf("%.3f", pc/nc) : na, u ? sprintf("%.3f", pm/nm) : na
}'
echo "runs (wall-ns cpu-s rss-KiB):"
paste "$bin/parlint.runs" "$bin/noop.runs" | awk '{printf "  parlint %s %s %s   noop %s %s %s\n", $1, $2, $3, $4, $5, $6}'
