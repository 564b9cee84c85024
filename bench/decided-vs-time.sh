#!/usr/bin/env bash
# Findings and claims decided against wall time: the fixed budgets (samples.max of every claim) against the
# scheduler (check --time-budget T), side by side on the same machine, each from an empty sample cache so that no
# run is handed networks another computed. A finding (the paper's or the blog's, FindingSummary's roll-up line) is
# decided when its verdict is held, held in part, mixed, against or depends on the reading; undecided otherwise.
# The wall time is the whole command's, JVM start and report included, which the time budget also counts.
#
#   bench/decided-vs-time.sh [--scale S] [--budgets "60s 120s"] [--no-fixed] SPEC...
#
# --no-fixed leaves out the fixed-budget row (to add budgets to a table measured before).
#
# Needs target/redshift.jar (mvn -q package -DskipTests -Dbattery.skip=true).
set -euo pipefail
scale=1
budgets="60s 120s"
fixed=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --budgets) budgets="$2"; shift 2 ;;
    --no-fixed) fixed=0; shift ;;
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
  local total decided passed failed inconclusive findings
  passed=$(grep -cE '^PASS ' "$work/out.txt" || true)
  failed=$(grep -cE '^FAIL ' "$work/out.txt" || true)
  inconclusive=$(grep -cE '^INCONCLUSIVE ' "$work/out.txt" || true)
  decided=$((passed + failed))
  total=$((decided + inconclusive))
  findings=$(grep -E "^Of the paper's" "$work/out.txt" | python3 -c '
import re, sys
line = sys.stdin.read()
decided = undecided = 0
for count, words in re.findall(r"(\d+) (held in part|held|mixed|against|depends on the reading|undecided)", line):
    if words == "undecided":
        undecided += int(count)
    else:
        decided += int(count)
print(f"{decided:3d} of {decided + undecided:3d} findings decided")' || echo "findings: no roll-up line")
  printf '%-22s %8.1f s   %s   %3d of %3d claims decided (%d PASS, %d FAIL)   %3d INCONCLUSIVE\n' \
    "$label" "$(echo "$end - $start" | bc)" "$findings" "$decided" "$total" "$passed" "$failed" "$inconclusive"
}

echo "specs: $*   scale: $scale   cores: $(nproc)   $(date -u +%FT%TZ)"
[[ $fixed == 1 ]] && run "fixed budgets" "$@"
for b in $budgets; do
  run "--time-budget $b" "$@" --time-budget "$b"
done
