#!/usr/bin/env bash
# The training half of issue 18 on the blog's network (modadd N 53, e 36, h 48, ReLU): RUNS runs × STEPS steps of
# full-batch AdamW (lr 0.001, weight decay 1, 30% of the pairs) as one batch, then 100-direction local volumes
# around the trained weights (bench/ModAddTrainBench.java), and, in the same run for comparison, volumes around
# RUNS random networks of the same family (bench/VolumeBench.java).
# Usage: bench/modadd-train.sh [RUNS [STEPS]]   (needs `mvn -B compile`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-8}
steps=${2:-1000}
[ -f target/cp.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:$(cat target/cp.txt)" bench/ModAddTrainBench.java 53 36 48 relu "$runs" "$steps" 0.001 1 0.3 \
  100 cpu
java -cp "target/classes:$(cat target/cp.txt)" bench/VolumeBench.java 53 36 48 1 relu 1 0.01 100 "$runs" 1e-6 exact cpu
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
