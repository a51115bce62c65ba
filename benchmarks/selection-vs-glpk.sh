#!/usr/bin/env bash
# Funding selection (SPEC §3.8) with its 21 frontier levels among 2,000 candidates, against GLPK's
# glpsol solving the same 21 knapsacks as integer programs, in the same run. Prints both times,
# the ratio, and whether every optimal value agrees. Needs glpsol (Debian: apt-get install glpk-utils).
# glpsol gets TMLIM seconds per instance (default 30); a level it does not prove optimal in that
# time is reported with its status and best integer value, and the time limit counts as its time.
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES=${CANDIDATES:-2000}
SEED=${SEED:-1}
TMLIM=${TMLIM:-30}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product pmo-bench >/dev/null
.build/release/pmo-bench selection --candidates "$CANDIDATES" --seed "$SEED" --lp "$WORK" | tee "$WORK/pmo.txt"

start=$(date +%s.%N)
for lp in "$WORK"/level*.lp; do
  glpsol --lp "$lp" --tmlim "$TMLIM" -o "${lp%.lp}.out" >"${lp%.lp}.log" || true
done
end=$(date +%s.%N)
glpk=$(echo "$end - $start" | bc -l)

ours=$(sed -n 's/.*frontier levels + the selection at funding: \([0-9.]*\) s.*/\1/p' "$WORK/pmo.txt")
mismatch=0; proven=0
while read -r level value; do
  out=$(printf '%s/level%02d.out' "$WORK" "$level")
  status=$(sed -n 's/^Status: *//p' "$out")
  glpk_value=$(sed -n 's/^Objective: *obj = \([0-9-]*\).*/\1/p' "$out")
  if [ "$status" = "INTEGER OPTIMAL" ]; then
    proven=$((proven + 1))
    [ "$glpk_value" = "$value" ] || { echo "level $level: pmo $value, glpsol $glpk_value — DIFFER"; mismatch=1; }
    echo "level $level: pmo $value, glpsol $glpk_value (optimal)"
  else
    echo "level $level: pmo $value, glpsol ${glpk_value:-none} ($status within ${TMLIM} s)"
    [ -n "$glpk_value" ] && [ "$glpk_value" -gt "$value" ] && { echo "  glpsol found a better integer value: pmo is wrong"; mismatch=1; }
  fi
done <"$WORK/values.txt"
printf 'glpsol: 21 integer programs in %.3f s (wall, one process each, %s s limit each)\n' "$glpk" "$TMLIM"
printf 'ratio pmo / glpsol: %.4f\n' "$(echo "$ours / $glpk" | bc -l)"
echo "glpsol proved $proven of 21 levels optimal; every proven value agrees: $([ $mismatch = 0 ] && echo yes || echo NO)"
[ "$mismatch" = 0 ]
