#!/usr/bin/env bash
# Big inputs (issue #10, part 5): does a build grow linearly with the size of its input?
#
#   benchmarks/big-inputs.sh [narrative|financials|register|all]
#
# Writes each input at three sizes with benchmarks/big_inputs.py, builds it with the release
# pmo (a fresh output folder every run, so every file is written) under `nice -n 10`, and
# prints wall time and peak memory per size, the growth against the smallest size, and a real
# peer on the same input in the same run:
#   narrative   5, 10, 20 MB of Markdown in one project       peer: cmark-gfm (the library pmo uses) on the same body
#   financials  25,000, 50,000, 100,000 rows of financials.csv peer: Python's csv module reading and converting the file
#               (one row a month, months unique: 100,000 rows already run from 1200-01 to 9533-04,
#               so there is no 200,000-row file; the three sizes are ¼×, ½× and 1×)
#   register    2,500, 5,000, 10,000 projects in registers/projects.csv   peer: Hugo, one page a project
#               (¼×, ½×, 1×: at 1× the build takes minutes on this machine; REGISTER_SCALES="1 2 4" for more)
# RUNS (default 3; 1 for the register) runs per size; the median time and the largest peak are shown.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${WORK:-$ROOT/.build-big}
RUNS=${RUNS:-3}
WHAT=${1:-all}
mkdir -p "$WORK"
nice -n 10 swift build -c release --product pmo >/dev/null
PMO=$ROOT/.build/release/pmo
GEN="python3 $ROOT/benchmarks/big_inputs.py"

# measure RUNS LABEL -- COMMAND…: prints "median_seconds max_rss_mb"; PREPARE runs before each run.
measure() {
    local runs=$1; shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        eval "${PREPARE:-true}"
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" nice -n 10 "$@" >/dev/null 2>"$WORK/stderr.txt" || {
            cat "$WORK/stderr.txt" >&2; return 1; }
        read -r t m < "$WORK/time.txt"
        times+=("$t")
        if (( m > peak )); then peak=$m; fi
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$median $((peak / 1024))"
}

# row LABEL SIZE PMO_SECONDS PMO_MB PEER_SECONDS PEER_MB BASE_SIZE BASE_SECONDS
row() {
    awk -v label="$1" -v size="$2" -v t="$3" -v m="$4" -v pt="$5" -v pm="$6" -v bs="$7" -v bt="$8" 'BEGIN {
        printf "| %s | %s | %.2f s | %d MB | %.2f× | %.2f s | %d MB | %.1f |\n", label, size, t, m, (t / bt) / (size / bs), pt, pm, t / pt }'
}

header() {
    echo
    echo "### $1"
    echo
    echo "| input | $3 | pmo build | pmo peak | growth ÷ size growth | $2 | peer peak | pmo ÷ peer |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
}

narrative() {
    header "Narrative (one project, Markdown body)" "cmark-gfm" "MB"
    local base="" bt=""
    for scale in ${NARRATIVE_SCALES:-1 2 4}; do
        local site=$WORK/narrative-$scale
        $GEN narrative "$scale" "$site"
        python3 - "$site" <<'EOF'
import sys
text = open(sys.argv[1] + "/content/projects/big-narrative/index.md").read()
open(sys.argv[1] + "/body.md", "w").write(text[text.index("\n---\n", 4) + 5:])
EOF
        local mb
        mb=$(awk -v s="$scale" 'BEGIN { print 5 * s }')
        read -r t m < <(PREPARE="rm -rf $WORK/out" measure "$RUNS" "$PMO" build --source "$site" --output "$WORK/out" --quiet)
        read -r pt pm < <(measure "$RUNS" cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$site/body.md")
        [[ -z $base ]] && { base=$mb; bt=$t; }
        row "narrative" "$mb" "$t" "$m" "$pt" "$pm" "$base" "$bt"
    done
}

financials() {
    header "financials.csv (one project)" "Python csv" "rows"
    local base="" bt=""
    for rows in ${FINANCIAL_ROWS:-25000 50000 100000}; do
        local site=$WORK/financials-$rows
        $GEN financials "$rows" "$site"
        read -r t m < <(PREPARE="rm -rf $WORK/out" measure "$RUNS" "$PMO" build --source "$site" --output "$WORK/out" --quiet)
        read -r pt pm < <(measure "$RUNS" python3 -c '
import csv, sys
total = 0.0
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        year, month = row["month"].split("-")
        assert 1 <= int(month) <= 12
        for key in ("planned", "actual", "forecast"):
            if row[key]: total += float(row[key])
print(total)' "$site/content/projects/long-ledger/financials.csv")
        [[ -z $base ]] && { base=$rows; bt=$t; }
        row "financials.csv" "$rows" "$t" "$m" "$pt" "$pm" "$base" "$bt"
    done
}

register() {
    header "Project register (registers/projects.csv, 100 projects a program)" "Hugo" "projects"
    local base="" bt=""
    for scale in ${REGISTER_SCALES:-0.25 0.5 1}; do
        local site=$WORK/register-$scale hugo=$WORK/hugo-register-$scale
        $GEN register "$scale" "$site"
        $GEN hugo-register "$scale" "$hugo"
        local projects
        projects=$(awk -v s="$scale" 'BEGIN { print int(s * 10000) }')
        read -r t m < <(PREPARE="rm -rf $WORK/out" measure "${REGISTER_RUNS:-1}" "$PMO" build --source "$site" --output "$WORK/out" --quiet)
        read -r pt pm < <(PREPARE="rm -rf $WORK/hugo-out" measure "${REGISTER_RUNS:-1}" hugo --quiet --source "$hugo" --destination "$WORK/hugo-out")
        [[ -z $base ]] && { base=$projects; bt=$t; }
        row "register" "$projects" "$t" "$m" "$pt" "$pm" "$base" "$bt"
    done
}

echo "pmo $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(hugo version | cut -d' ' -f1-2), $(cmark-gfm --version | head -1 | cut -d' ' -f1-2), Python $(python3 -c 'import platform; print(platform.python_version())')"
case $WHAT in
    narrative) narrative ;;
    financials) financials ;;
    register) register ;;
    all) narrative; financials; register ;;
    *) echo "usage: $0 [narrative|financials|register|all]" >&2; exit 2 ;;
esac
