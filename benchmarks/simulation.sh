#!/bin/sh
# Risk simulation benchmark (SPEC §3.9): pmo against a vectorised numpy peer, same inputs,
# same run. Usage: benchmarks/simulation.sh [PROJECTS] [TRIALS] [THREADS]   (default 1000 10000 all cores)
# Needs: swift, python3 with numpy, /usr/bin/time (GNU, for peak memory). Results: BENCHMARKS.md.
set -eu
cd "$(dirname "$0")/.."
PROJECTS=${1:-1000}
TRIALS=${2:-10000}
THREADS=${3:-$(nproc)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product pmo-bench >/dev/null
BENCH=.build/release/pmo-bench
# The model inputs for the peer (not timed).
$BENCH simulation --projects "$PROJECTS" --trials 10 --export "$WORK/inputs.json" >/dev/null
python3 - "$WORK/inputs.json" "$TRIALS" <<'PY'
import json, sys
path, trials = sys.argv[1], int(sys.argv[2])
model = json.load(open(path)); model["trials"] = trials; json.dump(model, open(path, "w"))
PY

run() {  # name, command…: prints the tool's own output, then wall time and peak RSS
  name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" | tee "$WORK/$name.out"
  awk -v n="$name" '/Maximum resident set size/ {printf "%s peak RSS %.0f MB\n", n, $NF/1024}' "$WORK/$name.time"
}
run pmo $BENCH simulation --projects "$PROJECTS" --trials "$TRIALS" --threads "$THREADS"
run numpy python3 benchmarks/simulation_numpy.py "$WORK/inputs.json"
pmo=$(awk '/^seconds/ {print $2}' "$WORK/pmo.out")
numpy=$(awk '/^seconds/ {print $2}' "$WORK/numpy.out")
awk -v a="$pmo" -v b="$numpy" 'BEGIN {printf "pmo / numpy time: %.3f (pmo %.2f s, numpy %.2f s)\n", a / b, a, b}'
