#!/usr/bin/env bash
# Funding selection (SPEC §3.8) with its 21 frontier levels among 2,000 candidates, against GLPK's
# glpsol solving the same 21 knapsacks as integer programs, in the same run. Prints both times,
# the ratio, and whether every optimal value agrees. Needs glpsol (Debian: apt-get install glpk-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES=${CANDIDATES:-2000}
SEED=${SEED:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product pmo-bench >/dev/null
.build/release/pmo-bench selection --candidates "$CANDIDATES" --seed "$SEED" --lp "$WORK" | tee "$WORK/pmo.txt"

start=$(date +%s.%N)
for lp in "$WORK"/level*.lp; do
  glpsol --lp "$lp" -o "${lp%.lp}.out" >"${lp%.lp}.log"
done
end=$(date +%s.%N)
glpk=$(echo "$end - $start" | bc -l)

ours=$(sed -n 's/.*frontier levels + the selection at funding: \([0-9.]*\) s.*/\1/p' "$WORK/pmo.txt")
mismatch=0
while read -r level value; do
  out=$(printf '%s/level%02d.out' "$WORK" "$level")
  status=$(sed -n 's/^Status: *//p' "$out")
  glpk_value=$(sed -n 's/^Objective: *obj = \([0-9-]*\).*/\1/p' "$out")
  if [ "$glpk_value" != "$value" ] || [ "$status" != "INTEGER OPTIMAL" ]; then
    echo "level $level: pmo $value, glpsol $glpk_value ($status)"; mismatch=1
  fi
done <"$WORK/values.txt"
printf 'glpsol: 21 integer programs in %.3f s (wall, one process each)\n' "$glpk"
printf 'ratio pmo / glpsol: %.4f\n' "$(echo "$ours / $glpk" | bc -l)"
[ "$mismatch" = 0 ] && echo "optimal values: all 21 levels agree" || { echo "optimal values DIFFER"; exit 1; }
