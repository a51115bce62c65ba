#!/usr/bin/env bash
# The load stage (reading front matter: UTF-8 check, YAML, decoders) and the whole build of two
# pmo binaries on the same sample, run alternately (old, new, old, new, …) so that both see the
# same load on a shared machine; medians and new ÷ old.
#
#   benchmarks/load-stage.sh OLD_PMO NEW_PMO [SAMPLE] [RUNS] [JOBS…]
#
# SAMPLE defaults to .build-bench/sample-1000 (made with `pmo sample --projects 1000 --seed 7`
# when missing), RUNS to 5, JOBS to "1 2". Each run is `pmo build --source SAMPLE --output OUT
# --no-cache --jobs J` into a fresh folder under .build-bench/ (removed before each run), timed
# by /usr/bin/time (wall, user + system); the load stage's time is the one its progress line prints.
# After each build, `pmo check --source SAMPLE` (read and load only; it has no --jobs and uses
# every core) is timed the same way: its CPU time is the steadiest measure of the load stage
# on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1 NEW=$2
SAMPLE=${3:-.build-bench/sample-1000}
RUNS=${4:-5}
shift $(( $# < 4 ? $# : 4 ))
JOBS=("$@")
[ ${#JOBS[@]} -eq 0 ] && JOBS=(1 2)
if [ ! -d "$SAMPLE" ]; then "$NEW" sample --projects 1000 --seed 7 --into "$SAMPLE" >/dev/null; fi
OUT=.build-bench/load-stage
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
: > "$RESULTS"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), sample $SAMPLE"
for jobs in "${JOBS[@]}"; do
    for run in $(seq 1 "$RUNS"); do
        for which in old new; do
            binary=$OLD; [ "$which" = new ] && binary=$NEW
            rm -rf "$OUT/site" "$SAMPLE/.pmo-cache"
            /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$binary" build --source "$SAMPLE" --output "$OUT/site" \
                --no-cache --jobs "$jobs" > "$OUT/log" 2>&1
            load=$(awk '$1 == "load" { print $2 }' "$OUT/log")
            read -r wall user sys < "$OUT/time"
            /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$binary" check --source "$SAMPLE" --quiet > /dev/null 2>&1 || true
            read -r cwall cuser csys < "$OUT/time"
            cpu=$(echo "$user + $sys" | bc) ccpu=$(echo "$cuser + $csys" | bc)
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$jobs" "$which" "$load" "$wall" "$cpu" "$ccpu" >> "$RESULTS"
            printf 'jobs %s run %s %-3s load %5s ms  build wall %6s s, CPU %6s s  check CPU %5s s (wall %s s)\n' \
                "$jobs" "$run" "$which" "$load" "$wall" "$cpu" "$ccpu" "$cwall"
        done
    done
done
rm -rf "$OUT/site" "$SAMPLE/.pmo-cache"
python3 - "$RESULTS" <<'EOF'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
print("\n| jobs | measure (median of %d) | old | new | new ÷ old |" % (len(rows) // 4 if rows else 0))
print("|---|---|---|---|---|")
for jobs in sorted({r[0] for r in rows}, key=int):
    for index, name, unit in [(2, "load stage", "ms"), (3, "whole build, wall", "s"), (4, "whole build, CPU (user + system)", "s"),
                              (5, "`pmo check` (read + load), CPU", "s")]:
        med = {w: statistics.median(float(r[index]) for r in rows if r[0] == jobs and r[1] == w) for w in ("old", "new")}
        fmt = (lambda v: "%.0f ms" % v) if unit == "ms" else (lambda v: "%.2f s" % v)
        print("| %s | %s | %s | %s | %.2f |" % (jobs, name, fmt(med["old"]), fmt(med["new"]), med["new"] / med["old"]))
EOF
