#!/usr/bin/env bash
# Redshift on Spark against Redshift in process (README, Beyond one machine), side by side in one run:
#   overhead  the same claim of N networks (default 30,000: two configurations of 15,000 default MLPs, relu,
#             depth 3, width 64, lz on a 64×64 grid, one look) in process, then on Spark embedded (local[2])
#   scaling   the same claim on a standalone cluster on 127.0.0.1 (Master and Worker started here from
#             spark/target/lib): one executor of one core, then two executors of one core each
# Every run is a whole `check` (JVM start, Spark start, PyTorch start on each executor, the networks) with the
# sample cache off. Usage: bench/spark-scaling.sh [N]. Needs the core installed and spark/ packaged:
#   mvn -B -q install -DskipTests && mvn -B -q -f spark/pom.xml package -DskipTests
# Timings on a shared machine are noisy: read the ratios of one run, and repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-30000}
jar=spark/target/redshift-spark.jar
[ -f "$jar" ] || { echo "build spark/ first: mvn -B -q -f spark/pom.xml package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/specs"
cat > "$work/specs/bench.yaml" <<YAML
spec: Spark benchmark
defaults:
  with: { activation: relu, depth: 3, width: 64 }
  measure: lz
  grid: 64
  samples: { min: $((n / 2)), max: $((n / 2)) }
  seed: 1
claims:
  - claim: ReLU LZ rises with weight magnitude
    vary: { weightScale: [1, 2] }
    expect: increasing
YAML
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED)
loopback=(-Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false)
cp="$PWD/$jar:$PWD/spark/target/lib/*"

# one check; prints its wall seconds and keeps its verdict line for the comparison
run() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  (cd "$work" && java "${opens[@]}" "${loopback[@]}" "$@" -cp "$cp" dev.redshift.cli.Main check specs/bench.yaml \
      --no-cache > "$name.out" 2> "$name.err") || { echo "$name failed:"; tail -5 "$work/$name.err"; exit 1; }
  end=$(date +%s.%N)
  printf '%-34s %6.1f s   %s\n' "$name" "$(echo "$end - $start" | bc)" "$(sed -n 2p "$work/$name.out" | xargs)"
}

echo "$n networks, $(nproc) cores, $(date -u +%FT%TZ)"
run "in process" 
run "Spark local[2]" -Dredshift.executor=spark -Dredshift.spark.master='local[2]'

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
run "standalone 1 executor × 1 core" "${cluster[@]}" -Dspark.cores.max=1
run "standalone 2 executors × 1 core" "${cluster[@]}" -Dspark.cores.max=2
echo "verdicts agree: $(for f in "$work"/*.out; do sed -n 2p "$f"; done | sort -u | wc -l | sed 's/^1$/yes/;s/^[0-9]*$/NO/')"
