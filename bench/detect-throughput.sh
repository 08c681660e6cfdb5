#!/usr/bin/env bash
# Per-core throughput of ward-detect on a real source corpus: the JDK's own src.zip, extracted to /tmp.
# Prints median MB/s (one thread) for the keyword prefilter alone, the secret rules, and the full scan.
# Usage: bench/detect-throughput.sh [RUNS] [CORPUS_DIR] [MAX_MB]   (defaults: 5, the extracted JDK sources, all)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-5}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
corpus="${2:-/tmp/ward-jdk-src}"
max_mb="${3:-100000}"
if [ ! -d "$corpus" ]; then
  zip="$JAVA_HOME/lib/src.zip"
  [ -f "$zip" ] || { echo "no corpus: $corpus is missing and $zip does not exist" >&2; exit 2; }
  echo "extracting $zip to $corpus" >&2
  mkdir -p "$corpus" && (cd "$corpus" && unzip -q -o "$zip")
fi
cd "$root"
# Built in one reactor run (no `mvn install`), so ward-core resolves to its target/classes.
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -o -pl ward-detect -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED \
  -cp "ward-detect/target/test-classes:ward-detect/target/classes:$(cat "$cp_file")" \
  dev.ward.detect.bench.ThroughputBenchmark "$corpus" "$runs" "$max_mb"
