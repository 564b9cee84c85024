#!/usr/bin/env bash
# Redshift on Spark against Redshift in process (README, Beyond one machine), side by side in one run:
#   overhead  the same claim of N networks (default 30,000: two configurations of 15,000 default MLPs, relu,
#             depth 3, width 64, lz on a 64×64 grid, one look) in process, then on Spark embedded (local[2])
#   scaling   the same claim on a standalone cluster on 127.0.0.1 (Master and Worker started here from
#             spark/target/lib): one executor of one core, then two executors of one core each
# Every run is a whole `check` (JVM start, Spark start, PyTorch start on each executor, the networks) with the
# sample cache off; each is also run at SMALL networks (default 200), whose time is the fixed start-up cost, so
# that "marginal" = time(N) − time(SMALL) is the networks' own time. The modes alternate, REPEAT rounds.
# Usage: bench/spark-scaling.sh [N [SMALL [REPEAT]]]. Needs the core installed and spark/ packaged:
#   mvn -B -q install -DskipTests && mvn -B -q -f spark/pom.xml package -DskipTests
# Timings on a shared machine are noisy: read the ratios of one run, and repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-30000}
small=${2:-200}
repeat=${3:-1}
jar=spark/target/redshift-spark.jar
[ -f "$jar" ] || { echo "build spark/ first: mvn -B -q -f spark/pom.xml package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/specs"
spec() { # spec NETWORKS: the claim at that many networks, in one look
  mkdir -p "$work/specs/$1"
  cat > "$work/specs/$1/bench.yaml" <<YAML
spec: Spark benchmark
defaults:
  with: { activation: relu, depth: 3, width: 64 }
  measure: lz
  grid: 64
  samples: { min: $(($1 / 2)), max: $(($1 / 2)) }
  seed: 1
claims:
  - claim: ReLU LZ rises with weight magnitude
    vary: { weightScale: [1, 2] }
    expect: increasing
YAML
}
spec "$n"
spec "$small"
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED)
loopback=(-Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false)
cp="$PWD/$jar:$PWD/spark/target/lib/*"

# "WALL CPU" seconds of one check of COUNT networks (CPU: user + system of the check's JVM, which on local
# modes holds every task; on a loaded shared machine wall time says more about the others' load than about us);
# its numbers line is kept to compare the modes' results
check() {
  local name=$1 count=$2; shift 2
  (cd "$work" && /usr/bin/time -o "$name.$count.time" -f "%e %U %S" java "${opens[@]}" "${loopback[@]}" "$@" \
      -cp "$cp" dev.redshift.cli.Main check "specs/$count/bench.yaml" --no-cache > "$name.$count.out" \
      2> "$name.$count.err") || { echo "$name failed:"; tail -5 "$work/$name.$count.err"; exit 1; }
  awk '{ printf "%.1f %.1f", $1, $2 + $3 }' "$work/$name.$count.time"
}
# one mode: wall and CPU seconds at N and at SMALL, and the differences (the networks' own share)
run() {
  local name=$1; shift
  local bw bc sw sc
  read -r bw bc <<< "$(check "${name// /_}" "$n" "$@")"
  read -r sw sc <<< "$(check "${name// /_}" "$small" "$@")"
  printf '%-32s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f   %s\n' "$name" "$bw" "$bc" "$sw" "$sc" \
    "$(echo "$bw - $sw" | bc)" "$(echo "$bc - $sc" | bc)" "$(sed -n 2p "$work/${name// /_}.$n.out" | xargs)"
}

echo "$n networks (fixed cost at $small), $(nproc) cores, $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %15s %15s %15s\n' "seconds" "N: wall CPU" "SMALL: wall CPU" "marginal: wall CPU"
for _ in $(seq "$repeat"); do
  run "in process"
  run "Spark local[2]" -Dredshift.executor=spark -Dredshift.spark.master='local[2]'
done

# a standalone cluster: the Worker builds executors' class path from \$SPARK_HOME/jars
mkdir -p "$work/home"
ln -s "$PWD/spark/target/lib" "$work/home/jars"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export SPARK_HOME="$work/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
java -Xmx256m "${opens[@]}" -cp "$work/home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
  --port "$port" --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
until grep -q "elected leader" "$work/master.log"; do sleep 0.5; done
java -Xmx256m "${opens[@]}" -cp "$work/home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
  --cores 2 --memory 4g --webui-port 0 --work-dir "$work/work" "spark://127.0.0.1:$port" > "$work/worker.log" 2>&1 &
pids+=($!)
until grep -q "registered with master" "$work/worker.log"; do sleep 0.5; done
cluster=(-Dredshift.executor=spark -Dredshift.spark.master="spark://127.0.0.1:$port" -Dspark.executor.cores=1
  -Dspark.task.cpus=1 -Dspark.executor.memory=1g -Dspark.executor.extraClassPath="$PWD/$jar"
  -Dspark.scheduler.minRegisteredResourcesRatio=1.0 -Dspark.scheduler.maxRegisteredResourcesWaitingTime=60s)
for _ in $(seq "$repeat"); do
  run "standalone 1 executor × 1 core" "${cluster[@]}" -Dspark.cores.max=1
  run "standalone 2 executors × 1 core" "${cluster[@]}" -Dspark.cores.max=2
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg); results agree at N: $(for f in "$work"/*."$n".out; do sed -n 2p "$f"; done \
  | sort -u | wc -l | sed 's/^1$/yes/;s/^[0-9]*$/NO/')"
