#!/usr/bin/env bash
# Measures each refusal detector of ward redteam (prefix rules, embedding check, and the two in cascade) against the
# labelled sets and writes the table into ward-redteam-semantic/DETECTOR-AGREEMENT.md. Offline; the model is in the jar.
# Usage: ward-redteam-semantic/bench/detector-agreement.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
TABLE=$(mktemp)
trap 'rm -f "$TABLE"' EXIT
(cd "$ROOT" && mvn -B -ntp -q -pl ward-redteam-semantic -am test -Dtest=DetectorAgreementTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dward.agreement.out="$TABLE" > /dev/null)
{
  echo "# Refusal detectors: agreement with hand labels"
  echo
  echo "Written by \`ward-redteam-semantic/bench/detector-agreement.sh\` ($(date -u +%Y-%m-%d)); do not edit by hand."
  echo "Sets: \`ward-redteam/src/test/resources/refusal-labelled.tsv\` (written for the prefix rules) and"
  echo "\`ward-redteam-semantic/src/test/resources/stance-labelled.tsv\` (written for the embedding check, refusals without stock"
  echo "openings). The embedding references are in \`ward-redteam-semantic/src/main/resources/dev/ward/redteam/semantic/references.txt\`;"
  echo "neither they nor the thresholds (margin 0.05, floor 0.30) were tuned on these sets. \"decided\" counts answers the"
  echo "detector did not abstain on; accuracy and kappa are over those. The LLM judge has no row: no judge model runs here."
  echo
  cat "$TABLE"
} > "$ROOT/ward-redteam-semantic/DETECTOR-AGREEMENT.md"
cat "$ROOT/ward-redteam-semantic/DETECTOR-AGREEMENT.md"
