#!/usr/bin/env bash
# Whole process against whole process: `redshift train` against the peer (../shared/bench/peer_train.py), both
# training RUNS ReLU MLPs of depth 4, width 128 on modulo M = 10 (N 16, d 2, half the points train) with
# full-batch Adam, lr 0.001, for STEPS steps, then scoring test accuracy. Run side by side on one machine.
# Then the memory check: redshift's peak RSS at 5 steps for 256 and 1,024 runs. Runs train in batches of at most 64
# (one per core at a time), so from 2 × 64 runs on memory is flat in the number of runs.
# Usage: bench/train-vs-peer.sh [RUNS [STEPS]]
#   (needs `mvn -B package -DskipTests` and `apt-get install -y python3-torch libopenblas0-pthread`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
steps=${2:-3000}
peer=${PEER:-../shared/bench/peer_train.py}
[ -f target/redshift.jar ] || mvn -B -q package -DskipTests
out=$(mktemp)
# wall seconds and peak RSS (MiB) of a command; its output goes to $out
measure() { /usr/bin/time -f "%e %M" -o "$out.time" "$@" > "$out" 2>&1; awk '{printf "%s %.0f", $1, $2 / 1024}' "$out.time"; }
ours=(java -jar target/redshift.jar train --task modulo --M 10 --activation relu --depth 4 --width 128 --lr 0.001
  --measures test-accuracy)
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r ours_s ours_mb <<< "$(measure "${ours[@]}" --steps "$steps" --count "$runs")"
grep -E "trained|mean" "$out" | sed 's/^/  redshift: /'
read -r peer_s peer_mb <<< "$(measure /usr/bin/python3 "$peer" --runs "$runs" --batch "$runs" --steps "$steps")"
sed 's/^/  peer:     /' "$out"
echo "redshift: $runs runs x $steps steps in ${ours_s} s = $(echo "$runs / $ours_s" | bc -l | cut -c1-6) runs/s, peak RSS ${ours_mb} MiB"
echo "peer:     $runs runs x $steps steps in ${peer_s} s = $(echo "$runs / $peer_s" | bc -l | cut -c1-6) runs/s, peak RSS ${peer_mb} MiB"
echo "speed-up: $(echo "$peer_s / $ours_s" | bc -l | cut -c1-5)x"
read -r _ small_mb <<< "$(measure "${ours[@]}" --steps 5 --count 256)"
read -r _ large_mb <<< "$(measure "${ours[@]}" --steps 5 --count 1024)"
echo "redshift memory: peak RSS ${small_mb} MiB for 256 runs, ${large_mb} MiB for 1024 runs (5 steps)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out" "$out.time"
