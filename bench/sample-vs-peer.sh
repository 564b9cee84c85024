#!/usr/bin/env bash
# Whole process against whole process: `redshift sample` with all its measures against the peer pipeline
# (../shared/bench/peer_torch.py --stage all), default MLP (relu, depth 3, width 64), 64×64 grid.
# Usage: bench/sample-vs-peer.sh [NETS]   (needs `mvn -B package` and `apt-get install -y python3-torch`)
set -euo pipefail
cd "$(dirname "$0")/.."
nets=${1:-3000}
peer=${PEER:-../shared/bench/peer_torch.py}
[ -f target/redshift.jar ] || mvn -B -q package -DskipTests
wall() { local s=$(date +%s.%N); "$@" > /tmp/redshift-bench.out 2>&1; echo "$(date +%s.%N) - $s" | bc; }
echo "cores: $(nproc)"
ours=$(wall java -jar target/redshift.jar sample --activation relu --depth 3 --width 64 --weight-scale 1 \
  --count "$nets" --grid 64)
grep -E "sampled|mean" /tmp/redshift-bench.out | sed 's/^/  redshift: /'
theirs=$(wall /usr/bin/python3 "$peer" --stage all --nets "$nets")
sed 's/^/  peer:     /' /tmp/redshift-bench.out
echo "redshift: $nets networks in ${ours} s = $(echo "$nets / $ours" | bc -l | cut -c1-6) networks/s (whole process)"
echo "peer:     $nets networks in ${theirs} s = $(echo "$nets / $theirs" | bc -l | cut -c1-6) networks/s (whole process)"
echo "speed-up: $(echo "$theirs / $ours" | bc -l | cut -c1-5)x"
