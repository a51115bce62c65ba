#!/usr/bin/env bash
# Fuzzes pmo's parsers with libFuzzer (docs/fuzzing.md): builds each fuzz target with the
# fuzzer and AddressSanitizer, then runs them one after another for SECONDS each (default 600).
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]      targets: frontmatter csv values gmpp (default: all)
#
# Everything it writes is under .build-fuzz/ (gitignored): the build (spm/), the corpus each
# run grows (corpus/<target>/, seeded from Fuzz/corpus/<target>/), crash, timeout and leak
# inputs (artifacts/<target>/), logs (logs/) and one summary line per run (summary.tsv).
# Exit status: 0 when every target ran its time without a finding, 1 otherwise (all targets
# still run), 2 when a build fails. Runs under `nice -n 10`; never run two fuzzers at once on
# a shared machine.
set -uo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(frontmatter csv values gmpp)
OUT=.build-fuzz
FLAGS=(-c release --build-path "$OUT/spm"
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
       -Xcc -fsanitize=fuzzer-no-link,address)

dict() {
    case $1 in frontmatter) echo yaml ;; *) echo "$1" ;; esac
}

mkdir -p "$OUT/logs"
for target in "${TARGETS[@]}"; do
    echo "building fuzz-$target…"
    if ! nice -n 10 swift build "${FLAGS[@]}" --product "fuzz-$target" > "$OUT/logs/build-$target.log" 2>&1; then
        tail -20 "$OUT/logs/build-$target.log" >&2
        echo "fuzz-$target did not build" >&2
        exit 2
    fi
done

status=0
for target in "${TARGETS[@]}"; do
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    log="$OUT/logs/$target-$stamp.log"
    mkdir -p "$OUT/corpus/$target" "$OUT/artifacts/$target"
    echo "fuzzing $target for ${SECONDS_EACH}s (log: $log)…"
    # The Swift runtime's backtracer would catch the trap first and take seconds per crash:
    # off, so libFuzzer and ASan report it and write the input.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0} \
    nice -n 10 "$OUT/spm/release/fuzz-$target" \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -dict="Fuzz/dict/$(dict "$target").dict" -artifact_prefix="$OUT/artifacts/$target/" \
        "$OUT/corpus/$target" "Fuzz/corpus/$target" > "$log" 2>&1
    rc=$?
    done_line=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$log" | tail -1)
    execs=$(grep -E "^stat::number_of_executed_units:" "$log" | awk '{print $2}')
    seconds=$(grep -E "^Done [0-9]+ runs in" "$log" | awk '{print $5}')
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$done_line")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$done_line")
    corp=$(sed -nE 's/.* corp: ([0-9]+\/[0-9a-zA-Z]+).*/\1/p' <<<"$done_line")
    if [ $rc -eq 0 ]; then result=clean; else result="FOUND (exit $rc)"; status=1; fi
    printf '%s\t%s\t%ss\t%s execs\tcov %s\tft %s\tcorpus %s\t%s\n' \
        "$stamp" "$target" "${seconds:-?}" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result" | tee -a "$OUT/summary.tsv"
    if [ $rc -ne 0 ]; then
        grep -E "^(SUMMARY|==[0-9]+==ERROR|.*Fatal error|invariant broken|artifact_prefix|Test unit written)" "$log" | head -8
    fi
done
exit $status
