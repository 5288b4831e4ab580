#!/bin/sh
# Times every question command of the CLI on a generated graph.
#
#   bench/run.sh [BUILD_DIR] [NODES]
#
# Configures BUILD_DIR (default build-bench) as a Release build with
# -DVNKG_BENCH=ON, builds the CLI and the generator, writes a graph of NODES
# nodes (default 100000) in the genre's shape as GraphML, then runs each
# command once with /usr/bin/time and prints the wall-clock seconds and the
# peak memory. The first run reads the GraphML through igraph and writes the
# snapshot beside it (<graph>.qcache); the others read the snapshot, as
# every later question does. Not a test: the figures depend on the machine.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-bench}
nodes=${2:-100000}
case $build in /*) ;; *) build=$here/$build ;; esac

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DVNKG_BENCH=ON -DVNKG_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target vnkg-cli vnkg-bench-gen >/dev/null

out=$build/bench
mkdir -p "$out"
graph=$out/kg-$nodes.graphml
if [ ! -f "$graph" ]; then
	"$build/vnkg-bench-gen" -n "$nodes" "$graph"
fi
rm -f "$graph.qcache"
vnkg=$build/vnkg
size=$(wc -c <"$graph")
echo "graph: $graph ($size bytes)"
echo "machine: $(nproc 2>/dev/null || echo '?') cpus, $(uname -sr)"
echo

# run LABEL ARGS...: three timed runs of one command; prints the fastest and
# the median wall-clock time, the peak memory and the answer's size (the
# answer goes to $out/last.out)
run() {
	label=$1
	shift
	for k in 1 2 3; do
		if ! /usr/bin/time -f '%e %M' -o "$out/time$k" "$vnkg" "$@" >"$out/last.out" 2>"$out/last.err"; then
			echo "FAILED: vnkg $*" >&2
			cat "$out/last.err" >&2
			exit 1
		fi
	done
	set -- $(cat "$out/time1" "$out/time2" "$out/time3" | sort -n | awk '{t[NR]=$1; m=$2>m?$2:m} END {print t[1], t[2], m}')
	printf '%-56s %6.2f s %6.2f s %8d KB %8d lines\n' "$label" "$1" "$2" "$3" "$(wc -l <"$out/last.out")"
}

# once: the first question reads the GraphML through igraph and writes the
# snapshot; timed alone since it happens once per graph
once() {
	label=$1
	shift
	rm -f "$graph.qcache"
	/usr/bin/time -f '%e %M' -o "$out/time1" "$vnkg" "$@" >"$out/last.out" 2>"$out/last.err"
	set -- $(cat "$out/time1")
	printf '%-56s %6.2f s %8s %8d KB %8d lines\n' "$label" "$1" "" "$2" "$(wc -l <"$out/last.out")"
}

g="-g $graph"
printf '%-56s %8s %8s %11s %14s\n' command fastest median "peak RSS" answer
once "stats --no-cache (GraphML through igraph)" stats $g --no-cache
once "stats (GraphML; writes the snapshot)" stats $g
run "stats" stats $g
run "stats --format json" stats $g --format json
run "query chaired" query chaired $g
run "query chaired --format json" query chaired $g --format json
run "query attended --person person:p0 (busiest)" query attended --person person:p0 $g
run "query chaired --body 'bo chinh tri' --from --to" query chaired --body "bo chinh tri" --from 2015 --to 2019-06 $g
run "query holds_role --person person:p777" query holds_role --person person:p777 $g
run "query disseminated --format tsv" query disseminated $g --format tsv
run "show person:p0 (the busiest person)" show person:p0 $g
run "show 'bo chinh tri' (the busiest body)" show "bo chinh tri" $g
run "show 'CCT Quan khu 2' (an alias)" show "CCT Quan khu 2" $g
run "show 'dinh dang gia' (a unique prefix)" show "dinh dang gia" $g
run "timeline (whole graph)" timeline $g
run "timeline --format json (whole graph)" timeline $g --format json
run "timeline person:p0 (the busiest person)" timeline person:p0 $g
run "timeline body:b5" timeline body:b5 $g
run "path person:p1234 directive:d4321" path person:p1234 directive:d4321 $g
run "path person:p29999 directive:d19999 (not connected)" path person:p29999 directive:d19999 $g
run "path event:e29999 'bo chinh tri'" path event:e29999 "bo chinh tri" $g
run "rank (pagerank)" rank $g
run "rank --by degree --type person -n 50" rank --by degree --type person -n 50 $g
run "rank --by betweenness (estimated, 32 sources)" rank --by betweenness $g
run "rank -n 0 --format tsv (all nodes)" rank -n 0 $g --format tsv
run "related person:p0 (the busiest person)" related person:p0 $g
run "related person:p777" related person:p777 $g
run "related 'bo chinh tri'" related "bo chinh tri" $g
