#!/usr/bin/env bash
# Claims decided and INCONCLUSIVE against wall time: the fixed budgets (samples.max of every claim) against the
# scheduler (check --time-budget T), side by side on the same machine, each from an empty sample cache so that no
# run is handed networks another computed. (Findings decided: the findings roll-up connects here once merged.)
#
#   bench/decided-vs-time.sh [--scale S] [--budgets "60s 120s"] SPEC...
#
# Needs target/redshift.jar (mvn -q package -DskipTests -Dbattery.skip=true).
set -euo pipefail
scale=1
budgets="60s 120s"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --budgets) budgets="$2"; shift 2 ;;
    *) break ;;
  esac
done
[[ $# -gt 0 ]] || { echo "usage: $0 [--scale S] [--budgets \"60s 120s\"] SPEC..." >&2; exit 2; }
jar="${REDSHIFT_JAR:-$(dirname "$0")/../target/redshift.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() { # label, extra args...
  local label="$1"; shift
  local cache="$work/cache-$RANDOM$RANDOM"
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" check "$@" --scale "$scale" --cache "$cache" > "$work/out.txt" 2> "$work/err.txt" || true
  end=$(date +%s.%N)
  local total decided passed failed inconclusive
  passed=$(grep -cE '^PASS ' "$work/out.txt" || true)
  failed=$(grep -cE '^FAIL ' "$work/out.txt" || true)
  inconclusive=$(grep -cE '^INCONCLUSIVE ' "$work/out.txt" || true)
  decided=$((passed + failed))
  total=$((decided + inconclusive))
  printf '%-22s %8.1f s   %3d of %3d decided (%d PASS, %d FAIL)   %3d INCONCLUSIVE\n' \
    "$label" "$(echo "$end - $start" | bc)" "$decided" "$total" "$passed" "$failed" "$inconclusive"
}

echo "specs: $*   scale: $scale   cores: $(nproc)   $(date -u +%FT%TZ)"
run "fixed budgets" "$@"
for b in $budgets; do
  run "--time-budget $b" "$@" --time-budget "$b"
done
