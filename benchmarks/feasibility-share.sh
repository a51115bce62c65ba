#!/usr/bin/env bash
# The feasibility plan (SPEC §3.7) for 1,000 projects × 20 roles × 60 months, as a share of a full
# in-memory build of the same synthetic portfolio (all figures, history, every page rendered).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product pmo-bench >/dev/null
.build/release/pmo-bench feasibility --projects "${PROJECTS:-1000}" --roles "${ROLES:-20}" --months "${MONTHS:-60}" --seed "${SEED:-1}"
