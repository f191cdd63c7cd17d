#!/usr/bin/env bash
# Runs the Spark job jar unchanged under spark-submit on a one-machine Spark standalone cluster (a master, a worker
# and separate executor JVMs), then checks that its output equals `framelab features` byte for byte.
#   scripts/spark-standalone-check.sh [SCRATCH_DIR]        (default /tmp/framelab-standalone)
# Needs no Spark download: the master, worker and spark-submit come from the jars Maven fetched for the job.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${1:-/tmp/framelab-standalone}"
rm -rf "$scratch" && mkdir -p "$scratch/spark-home/jars"
(cd "$here" && mvn -q -B -DskipTests -pl spark -am package)
for j in $(tr ':' '\n' < "$here/spark/target/spark-classpath.txt" | grep -v framelab); do ln -sf "$j" "$scratch/spark-home/jars/"; done
echo "Spark (jars from Maven Central)" > "$scratch/spark-home/RELEASE"
export SPARK_HOME="$scratch/spark-home" SPARK_SCALA_VERSION=2.13
opens=$(sed -n 's/^  opens=(\(.*\))$/\1/p' "$here/framelab")
log4j=-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory
cd "$scratch"
java -cp "$SPARK_HOME/jars/*" $opens $log4j org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7177 --webui-port 18180 >master.log 2>&1 &
master=$!
trap 'kill $master ${worker:-} 2>/dev/null || true' EXIT
sleep 8
java -cp "$SPARK_HOME/jars/*" $opens $log4j org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7177 --host 127.0.0.1 \
  --cores 2 --memory 2g --webui-port 18181 >worker.log 2>&1 &
worker=$!
sleep 10
java -cp "$SPARK_HOME/jars/*" $opens org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7177 \
  --class org.framelab.spark.SparkMain --executor-memory 1g --conf spark.driver.host=127.0.0.1 \
  "$here/spark/target/framelab-spark.jar" features "$here/datasets/demo/articles.jsonl" -o "$scratch/out" --format csv 2>submit.log
(cd "$here" && ./framelab features datasets/demo/articles.jsonl -o "$scratch/local.csv" >/dev/null)
first=1
for p in "$scratch"/out/features/part-*.csv; do
  if [ $first = 1 ]; then cat "$p"; first=0; else tail -n +2 "$p"; fi
done > "$scratch/cluster.csv"
cmp "$scratch/cluster.csv" "$scratch/local.csv" && cmp "$scratch/out/terms.csv" "$scratch/local.terms.csv"
echo "standalone cluster: the job jar's features and terms equal framelab features byte for byte"
