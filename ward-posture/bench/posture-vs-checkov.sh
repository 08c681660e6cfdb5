#!/usr/bin/env bash
# Ward posture vs Checkov on Checkov's own AI/ML Terraform fixtures, and posture scan speed.
#
#   ward-posture/bench/posture-vs-checkov.sh [MEGABYTES]
#
# Part 1 prints, per Checkov check id, Ward's equivalent rule and the pass/fail agreement resource by resource,
# then coverage and overall agreement. Checkov itself is not run (it cannot be installed here): the reference is
# the pass/fail sets its unit tests assert, recorded in shared/datasets/posture/checkov/expected.jsonl.
# Part 2 generates MEGABYTES (default 50) of Terraform, compose, Kubernetes and ClickHouse files and times a scan.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
megabytes="${1:-50}"

cd "$repo"
cp_file="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$cp_file"' EXIT
mvn -q -pl ward-posture -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
classpath="ward-posture/target/test-classes:ward-posture/target/classes:ward-core/target/classes:ward-detect/target/classes:$(cat "$cp_file")"
quiet_slf4j=(-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN)

echo "== Ward posture vs Checkov (recorded expectations) =="
dataset=""
for dir in "$repo" "$repo/.." "$repo/../.." "$repo/../../.."; do
  if [[ -f "$dir/shared/datasets/posture/checkov/expected.jsonl" ]]; then
    dataset="$(cd "$dir/shared/datasets/posture/checkov" && pwd)"
    break
  fi
done
if [[ -z "$dataset" ]]; then
  echo "skipped: shared/datasets/posture/checkov not found above $repo"
else
  "$java" "${quiet_slf4j[@]}" -cp "$classpath" dev.ward.posture.terraform.CheckovComparison "$dataset"
fi

echo
echo "== ward posture speed over ${megabytes} MB of generated IaC =="
"$java" "${quiet_slf4j[@]}" -cp "$classpath" dev.ward.posture.PostureSpeedBench "$work/tree" "$megabytes"
