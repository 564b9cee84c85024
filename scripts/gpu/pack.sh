#!/usr/bin/env bash
# Makes what must travel to a machine that has PyTorch (CUDA) but no registry: redshift.jar and its libraries
# without DJL's CPU libtorch (pytorch-native-cpu) or DJL's prebuilt bindings (pytorch-jni), a jlink Java runtime
# with only the modules jdeps finds, the JNI header of PyTorchLibrary, and the binding's source (from DJL_SRC).
#
#   scripts/gpu/pack.sh DJL_SRC [OUT_DIR]      (after mvn package; default OUT_DIR build/gpu-bundle)
#
# The bundle unpacks to a folder that works as the repository root for build-djl-jni.sh: redshift.jar, lib/,
# jre/, jni-include/, djl-src/, scripts/gpu/, specs/, specs-gpu/. Prints its size; the lent machine takes 64 MiB.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(cd "$here/../.." && pwd)"
djl="$(cd "${1:?usage: pack.sh DJL_SRC [OUT_DIR]}" && pwd)"; out="${2:-$root/build/gpu-bundle}"
[[ -f "$root/target/redshift.jar" ]] || { echo "target/redshift.jar missing: mvn -B -o package -DskipTests -Dbattery.skip=true" >&2; exit 2; }
rm -rf "$out"; mkdir -p "$out/lib" "$out/jni-include" "$out/scripts"
cp "$root/target/redshift.jar" "$out/"
for f in "$root"/target/lib/*.jar; do
  case "$(basename "$f")" in pytorch-native-cpu-*|pytorch-jni-*) ;; *) cp "$f" "$out/lib/";; esac
done
mods="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --class-path "$out/lib/*" "$out/redshift.jar")"
# jdk.unsupported: sun.misc.Unsafe (JNA, sqlite); jdk.crypto.ec/zipfs: TLS-free but jars and zips are read.
mods="$mods,jdk.unsupported,jdk.zipfs"
echo "modules: $mods"
jlink --add-modules "$mods" --strip-debug --no-man-pages --compress=2 --output "$out/jre"
javac -h "$out/jni-include" -d "$out/.classes" "$djl/engines/pytorch/pytorch-engine/src/main/java/ai/djl/pytorch/jni/PyTorchLibrary.java"
rm -rf "$out/.classes"
mkdir -p "$out/djl-src/engines/pytorch/pytorch-engine/src/main/java/ai/djl/pytorch/jni" "$out/djl-src/api/src/main"
cp -r "$djl/engines/pytorch/pytorch-native" "$out/djl-src/engines/pytorch/"
cp "$djl/engines/pytorch/pytorch-engine/src/main/java/ai/djl/pytorch/jni/PyTorchLibrary.java" \
   "$out/djl-src/engines/pytorch/pytorch-engine/src/main/java/ai/djl/pytorch/jni/"
cp -r "$djl/api/src/main/native" "$out/djl-src/api/src/main/"
cp -r "$root/scripts/gpu" "$out/scripts/"; cp -r "$root/specs" "$root/specs-gpu" "$out/"
[[ -f /work/shared/bench/peer_torch.py ]] && cp /work/shared/bench/peer_torch.py "$out/" || true
(cd "$out" && find . -type f | sort > MANIFEST)
du -sh "$out"; du -sh "$out"/* | sort -h | tail -8
echo "total bytes: $(du -sb "$out" | cut -f1) (limit $((64*1024*1024)))"
