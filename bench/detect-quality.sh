#!/usr/bin/env bash
# Precision and recall of ward-detect on the peers' own fixtures (../shared/datasets/secrets: gitleaks samples,
# secretlint ok/ng snapshots, CredSweeper samples), per peer rule and overall. Covered peer rules (mapped to Ward rules
# in PeerRuleMapping) count in the overall figure; generic and uncovered peer rules are reported separately. Samples
# that PeerExclusions leaves out (each with its reason) are tallied apart, and the figure with them counted is printed
# too. --misses also lists where each false negative and false positive is (location and rule ids, no values).
# Usage: bench/detect-quality.sh [--misses]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
misses=false
[ "${1:-}" = "--misses" ] && misses=true
# Built in one reactor run (no `mvn install`), so ward-core resolves to its target/classes.
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -o -pl ward-detect -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dquality.misses="$misses" \
  -cp "ward-detect/target/test-classes:ward-detect/target/classes:$(cat "$cp_file")" dev.ward.detect.quality.PeerQuality
