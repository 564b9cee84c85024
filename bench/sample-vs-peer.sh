#!/usr/bin/env bash
# `redshift sample` (all its measures) against the peer pipeline ../shared/bench/peer_torch.py --stage all,
# default MLP (relu, depth 3, width 64), 64×64 grid, side by side in one run:
#   whole process  (JVM or Python start, engine load, N networks)    at WHOLE networks (default 3,000)
#   steady state   (each tool's own in-run rate, start-up excluded)  at STEADY networks (default 16,000)
# Usage: bench/sample-vs-peer.sh [WHOLE [STEADY [REPEAT]]]     REPEAT alternates ours and the peer.
# The peer needs Debian's python3-torch with OpenBLAS behind it (DESIGN §7): without it torch multiplies
# through the generic libblas at ~5 GFLOP/s and any ratio is meaningless. This script installs both when run
# as root and says which OpenBLAS kernel runs. Timings on a shared machine are noisy: read the ratios of one
# run, and repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
whole=${1:-3000}
steady=${2:-16000}
repeat=${3:-1}
peer=${PEER:-../shared/bench/peer_torch.py}
python=/usr/bin/python3
[ -f "$peer" ] || { echo "peer not found at $peer (set PEER=...)" >&2; exit 2; }

if ! dpkg -s python3-torch libopenblas0-pthread >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing the peer's python3-torch and OpenBLAS…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
  else
    echo "the peer needs: apt-get install -y python3-torch libopenblas0-pthread" >&2; exit 2
  fi
fi
[ -f target/redshift.jar ] || mvn -B -q package -DskipTests

# Some processors here get OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (older OpenBLAS builds misbehave on them);
# they slow a current OpenBLAS, so the peer runs without both, and the kernel it then picks is printed.
peer_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
"${peer_env[@]}" "$python" - <<'EOF'
import ctypes, ctypes.util, time, torch
torch.set_num_threads(2)
lib = next((l for l in open("/proc/self/maps").read().split() if "openblas" in l and ".so" in l), None)
if lib is None:
    raise SystemExit("peer BLAS: torch did not load OpenBLAS (check update-alternatives --display libblas.so.3-x86_64-linux-gnu)")
blas = ctypes.CDLL(lib)
blas.openblas_get_corename.restype = ctypes.c_char_p
blas.openblas_get_config.restype = ctypes.c_char_p
a = torch.rand(512, 512); best = float("inf")
for _ in range(5):
    t = time.perf_counter(); a @ a; best = min(best, time.perf_counter() - t)
print(f"peer BLAS: {lib}, kernel {blas.openblas_get_corename().decode()} "
      f"({blas.openblas_get_config().decode()}), 512x512 SGEMM {2 * 512 ** 3 / best / 1e9:.0f} GFLOP/s on 2 threads")
EOF

echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
wall() { local s; s=$(date +%s.%N); "$@" > "$out" 2>&1; echo "$(date +%s.%N) - $s" | bc; }
rate() { echo "$1 / $2" | bc -l | xargs printf '%.1f'; }
# The peer refuses to run when its SGEMM check finds under 20 GFLOP/s, which a busy machine can cause even with
# OpenBLAS: try again a few times before giving up.
run_peer() {
  local t try
  for try in 1 2 3; do
    t=$(wall "${peer_cmd[@]}" --nets "$1")
    if grep -q networks_per_second "$out"; then echo "$t"; return; fi
    echo "  peer (try $try): $(cat "$out")" >&2
    sleep 5
  done
  echo "the peer would not run; see above" >&2; exit 1
}
run_ours() {
  local t; t=$(wall "${ours_cmd[@]}" --count "$1")
  grep -q "^sampled" "$out" || { cat "$out" >&2; exit 1; }
  echo "$t"
}
ours_cmd=(java -jar target/redshift.jar sample --activation relu --depth 3 --width 64 --weight-scale 1 --grid 64)
peer_cmd=("${peer_env[@]}" "$python" "$peer" --stage all)

show() { printf '%-36s %10s %10s %7.1fx   (load %s)\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)" \
  "$(cut -d' ' -f1 /proc/loadavg)"; }
for run in $(seq "$repeat"); do
  echo "--- run $run of $repeat"
  t=$(run_ours "$whole"); grep -E "mean" "$out" | sed 's/^/  redshift: /'
  ours_whole=$(rate "$whole" "$t")
  t=$(run_peer "$whole"); sed 's/^/  peer:     /' "$out"
  peer_whole=$(rate "$whole" "$t")
  printf '%-36s %10s %10s %8s\n' "networks/s" redshift peer ratio
  show "whole process, $whole networks" "$ours_whole" "$peer_whole"
  run_ours "$steady" > /dev/null
  ours_steady=$(grep "^sampled" "$out" | grep -oE "[0-9.]+ networks/s" | cut -d' ' -f1)
  echo "  redshift: $ours_steady networks/s over $steady networks (load $(cut -d' ' -f1 /proc/loadavg))"
  run_peer "$steady" > /dev/null
  peer_steady=$(grep -oE "networks_per_second=[0-9.]+" "$out" | cut -d= -f2)
  show "steady state, $steady networks" "$ours_steady" "$peer_steady"
done
