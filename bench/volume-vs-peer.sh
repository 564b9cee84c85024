#!/usr/bin/env bash
# Local volumes per second on modadd (DESIGN §9), ours (bench/VolumeBench.java) beside the peer
# ../shared/bench/peer_volume.py, same configuration, same --rtol, float32 forward passes, one run after the other.
# Usage: bench/volume-vs-peer.sh [NETS [DEPTH [ACTIVATION [SCALE [RTOL]]]]]   (default 4 1 relu 1 1e-6: the blog's
# network, 100 directions, ε 0.01). The peer needs python3-torch with OpenBLAS (DESIGN §7); on a loaded machine
# it refuses its slow BLAS, so PEER_FLAGS=--allow-slow-blas lets it run anyway — read the ratio, not the rates.
set -euo pipefail
cd "$(dirname "$0")/.."
nets=${1:-4}; depth=${2:-1}; act=${3:-relu}; scale=${4:-1}; rtol=${5:-1e-6}
peer=${PEER:-../shared/bench/peer_volume.py}
[ -d target/classes ] || mvn -B -q -o compile
[ -f target/cp.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
echo "== ours"
java -cp "target/classes:$(cat target/cp.txt)" bench/VolumeBench.java 53 36 48 "$depth" "$act" "$scale" 0.01 100 \
  "$nets" "$rtol" exact cpu
echo "== peer"
/usr/bin/python3 "$peer" --modulus 53 --embed 36 --width 48 --depth "$depth" --activation "$act" \
  --weight-scale "$scale" --epsilon 0.01 --directions 100 --nets "$nets" --rtol "$rtol" --dtype float32 \
  --threads "$(nproc)" ${PEER_FLAGS:-}
