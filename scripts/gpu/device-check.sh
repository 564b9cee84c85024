#!/usr/bin/env bash
# Issue 30 item 2, in one call on a lent GPU machine (PyTorch with CUDA, CMake, nvcc), run from the unpacked
# bundle of pack.sh (or a checkout with target/ built):   bash scripts/gpu/device-check.sh [FIG_NETS]
# Writes to $OUT (default ./device-out): binding build log, nvidia-smi, and per step its command, time and output.
#   1 build the binding for the installed torch (build-djl-jni.sh, no check)
#   2 App. F sweep timed end to end: check --figures FIG_NETS (every activation x depth x weight scale of
#     FigureSweep) on a one-claim spec, --device gpu (goal < 60 s on one H100)
#   3 sample networks/s on the GPU, and the peer (peer_torch.py) on the same machine; the peer has no CUDA
#     switch, so it runs on the CPU cores unless a CUDA version of it is given as PEER_GPU=path.py
#   4 the main job (check specs/) with --device gpu, timed
#   5 the CI battery's specs at CI scale with --device cpu and --device gpu: verdict lines side by side
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(cd "$here/../.." && pwd)"; cd "$root"
OUT="${OUT:-$root/device-out}"; mkdir -p "$OUT"; nets="${1:-${FIG_NETS:-100}}"
djl="${DJL_SRC:-$root/djl-src}"; [[ -d "$djl" ]] || djl="$root/build/djl-src"
java="$root/jre/bin/java"; [[ -x "$java" ]] || java=java
jar="$root/redshift.jar"; [[ -f "$jar" ]] || jar="$root/target/redshift.jar"
nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1
step() { local name=$1; shift; local t0=$(date +%s.%N)
  "$@" > "$OUT/$name.log" 2>&1; local rc=$?
  printf '%s\trc=%s\t%.1f s\t%s\n' "$name" "$rc" "$(echo "$(date +%s.%N) - $t0" | bc)" "$*" | tee -a "$OUT/times.tsv"; }
step build env JAVA="$java" REDSHIFT_JAR="$jar" bash "$here/build-djl-jni.sh" "$djl" none
env_file=$(ls "$root"/build/djl-jni-*/redshift-env.sh 2>/dev/null | head -1); [[ -n "$env_file" ]] || exit 1
. "$env_file"; cp "$env_file" "$OUT/"
r() { "$java" -jar "$jar" "$@"; }
step sweep r check specs/table1-architecture.yaml --device gpu --figures "$nets" --no-cache --report "$OUT/sweep-report"
step sample-gpu r sample --network mlp --count 4096 --batch 256 --device gpu
step sample-cpu r sample --network mlp --count 512 --device cpu
step peer python3 "${PEER_GPU:-$root/peer_torch.py}" --nets 512 --stage sample --allow-slow-blas
step main-gpu r check specs/ --device gpu --no-cache --report "$OUT/main-report"
for d in cpu gpu; do
  step battery-$d r check specs/ --device $d --scale "${CI_SCALE:-0.1}" --no-cache --report "$OUT/battery-$d"
  grep -E "PASS|FAIL|INCONCLUSIVE|ERROR" "$OUT/battery-$d.log" | sed -E 's/[0-9]+(\.[0-9]+)? ?(s|ms)\b//g' > "$OUT/verdicts-$d.txt"
done
diff "$OUT/verdicts-cpu.txt" "$OUT/verdicts-gpu.txt" > "$OUT/verdicts.diff" && echo "CPU and GPU verdicts agree" | tee -a "$OUT/times.tsv"
cat "$OUT/times.tsv"
