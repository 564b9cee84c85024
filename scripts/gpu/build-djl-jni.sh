#!/usr/bin/env bash
# Builds DJL's PyTorch JNI binding (libdjl_torch.so) against the libtorch of the PyTorch installed on this machine,
# puts it where DJL 0.35.1's LibUtils looks for it, and checks a spec with it.
#
#   scripts/gpu/build-djl-jni.sh DJL_SRC [SPEC] [-- extra redshift check args]
#
# DJL_SRC  a DJL source checkout at the project's DJL version (git clone -b v0.35.1 github.com/deepjavalibrary/djl);
#          only engines/pytorch/pytorch-native, engines/pytorch/pytorch-engine/.../jni and api/src/main/native are read.
# SPEC     what to check afterwards (default: specs/table1-architecture.yaml); "none" skips the check.
#
# Environment: PYTHON (default python3), TORCH_DIR (a Torch CMake config dir, when the installation's
# torch.utils.cmake_prefix_path has none, as with Debian's python3-torch + libtorch-dev), JAVA (default: the jlink
# runtime of pack.sh when present, else java), JNI_INCLUDE (a dir holding jni.h; default: the Java runtime's include/),
# REDSHIFT_JAR (default target/redshift.jar or ./redshift.jar), DJL_CACHE_DIR (default ~/.djl.ai), JOBS.
# Prints the env lines a later `redshift` run needs; they are also written to BUILD/redshift-env.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
djl="$(cd "${1:?usage: build-djl-jni.sh DJL_SRC [SPEC] [-- check args]}" && pwd)"
spec="${2:-specs/table1-architecture.yaml}"
shift $(( $# >= 2 ? 2 : $# )); [[ "${1:-}" == "--" ]] && shift
native="$djl/engines/pytorch/pytorch-native"
[[ -f "$native/CMakeLists.txt" ]] || { echo "$djl: no engines/pytorch/pytorch-native/CMakeLists.txt (a DJL checkout?)" >&2; exit 2; }
py="${PYTHON:-python3}"
read -r tv tcuda tlib tcmake < <("$py" -c 'import torch,os
print(torch.__version__.split("+")[0], torch.version.cuda or "none", os.path.join(os.path.dirname(torch.__file__),"lib"), torch.utils.cmake_prefix_path)')
torch_dir="${TORCH_DIR:-$tcmake/Torch}"
[[ -f "$torch_dir/TorchConfig.cmake" ]] || for d in /usr/lib/*/cmake/Torch /usr/share/cmake/Torch; do [[ -f $d/TorchConfig.cmake ]] && torch_dir=$d; done
[[ -f "$torch_dir/TorchConfig.cmake" ]] || { echo "no TorchConfig.cmake under $tcmake (set TORCH_DIR; Debian: apt-get install libtorch-dev)" >&2; exit 2; }
if [[ "$tcuda" == none ]]; then flavor=cpu; else flavor="cu$(echo "$tcuda" | tr -d .)"; fi
java="${JAVA:-}"; [[ -z "$java" && -x "$root/jre/bin/java" ]] && java="$root/jre/bin/java"; java="${java:-java}"
jhome="$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")"
jni="${JNI_INCLUDE:-$jhome/include}"
[[ -f "$jni/jni.h" ]] || { echo "no jni.h in $jni (set JNI_INCLUDE)" >&2; exit 2; }
jar="${REDSHIFT_JAR:-}"; for j in "$root/target/redshift.jar" "$root/redshift.jar"; do [[ -z "$jar" && -f $j ]] && jar=$j; done
out="${BUILD_DIR:-$root/build/djl-jni-$tv-$flavor}"
echo "torch $tv ($flavor) lib $tlib, Torch_DIR $torch_dir, JNI $jni -> $out"
rm -rf "$out"; mkdir -p "$out/include"
# JNI header for PyTorchLibrary: javac -h where a JDK is here, else the one pack.sh carried.
pyjava="$djl/engines/pytorch/pytorch-engine/src/main/java"
if command -v javac >/dev/null; then
  javac -h "$out/include" -d "$out/classes" "$pyjava/ai/djl/pytorch/jni/PyTorchLibrary.java"
else
  cp "$here/../../build/jni-include/"ai_djl_pytorch_jni_PyTorchLibrary.h "$out/include/" 2>/dev/null \
    || cp "$root/jni-include/ai_djl_pytorch_jni_PyTorchLibrary.h" "$out/include/"
fi
# DJL's own switch for the 1.13 API (build.sh sets it for 1.13.1, 2.0.1, 2.1.x).
ptdef=""; [[ "$tv" =~ ^(1\.13|2\.0\.|2\.1\.) ]] && ptdef=V1_13_X
src="$out/src"; cp -r "$native" "$src"; mkdir -p "$out/api"; cp -r "$djl/api/src/main/native" "$out/api/"
sed -i "s#\${PROJECT_SOURCE_DIR}/../../../api/src/main/native#$out/api/native#; s#PUBLIC build/include#PUBLIC $out/include#" "$src/CMakeLists.txt"
for p in "$here"/patches/*.sh; do [[ -f "$p" ]] && TORCH_VERSION="$tv" bash "$p" "$src"; done
cmake -S "$src" -B "$out/cmake" -DCMAKE_BUILD_TYPE=Release -DTorch_DIR="$torch_dir" -DPT_VERSION="$ptdef" \
  -DUSE_CUDA="$([[ $flavor == cu* ]] && echo 1)" -DJAVA_INCLUDE_PATH="$jni" -DJAVA_INCLUDE_PATH2="$jni/linux" \
  -DJAVA_JVM_LIBRARY=NotNeeded -DJAVA_AWT_LIBRARY=NotNeeded -DJAVA_AWT_INCLUDE_PATH=NotNeeded
cmake --build "$out/cmake" -j "${JOBS:-$(nproc)}"
# DJL's LibUtils.findJniLibrary: with PYTORCH_LIBRARY_PATH set it looks in the libtorch dir, then in
# <engine cache>/<PYTORCH_VERSION>-<PYTORCH_FLAVOR>-linux-x86_64/<djl version>-libdjl_torch.so (no download then).
cache="${DJL_CACHE_DIR:-$HOME/.djl.ai}/pytorch/$tv-$flavor-linux-x86_64"
mkdir -p "$cache"; cp "$out/cmake/libdjl_torch.so" "$cache/0.35.1-libdjl_torch.so"
env_file="$out/redshift-env.sh"
printf 'export PYTORCH_LIBRARY_PATH=%q PYTORCH_VERSION=%q PYTORCH_FLAVOR=%q\n' "$tlib" "$tv" "$flavor" > "$env_file"
[[ -n "${DJL_CACHE_DIR:-}" ]] && printf 'export DJL_CACHE_DIR=%q\n' "$DJL_CACHE_DIR" >> "$env_file"
echo "binding: $cache/0.35.1-libdjl_torch.so"; cat "$env_file"
[[ "$spec" == none ]] && exit 0
[[ -n "$jar" ]] || { echo "no redshift.jar (build it, or set REDSHIFT_JAR)" >&2; exit 2; }
. "$env_file"
dev=cpu; [[ $flavor == cu* ]] && dev=gpu
"$java" -jar "$jar" check "$spec" --device "$dev" "$@"
