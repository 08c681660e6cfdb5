#!/usr/bin/env bash
# Steady-state cost of the whole `ward secrets` pipeline (walk, read, scan, decode layers, collect) in one JVM, run
# again and again over the same folder so that start-up and JIT warm-up show apart: wall time, process CPU time and
# MB per CPU-second of each run, and the median. Builds with the reactor (no `mvn install`).
#
# Usage: bench/secrets-pipeline.sh [RUNS] [THREADS] [FOLDER]   (defaults: 6, 1, the JDK's sources as
#                                                              bench/secrets-vs-secretlint.sh extracts them)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$root/scripts/jdk.sh"
java_home="$(ward_find_jdk)" || { echo "no JDK 25 found" >&2; exit 2; }
runs="${1:-6}"
threads="${2:-1}"
folder="${3:-${WARD_BENCH_DIR:-/tmp/ward-bench}/corpus/jdk-src}"
if [ ! -d "$folder" ]; then
  mkdir -p "$folder" && (cd "$folder" && unzip -q "$java_home/lib/src.zip")
fi
out="$here/out/secrets-pipeline"
mkdir -p "$out"
cd "$root"
JAVA_HOME="$java_home" mvn -q -B -o -pl ward-secrets -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test >/dev/null
"$java_home/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} -cp "ward-secrets/target/test-classes:ward-secrets/target/classes:$(cat "$out/classpath.txt")" \
  dev.ward.secrets.bench.PipelineBenchmark "$folder" "$runs" "$threads"
