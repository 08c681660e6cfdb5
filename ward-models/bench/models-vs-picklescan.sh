#!/usr/bin/env bash
# Ward's model scanner against picklescan's recorded expectations, plus throughput and peak memory on generated
# multi-GB benign files. picklescan itself is not run (no PyPI here): its expectations come from expected.jsonl.
#
# usage: ward-models/bench/models-vs-picklescan.sh [SIZE_MB]     (default 3072; files go to a temp dir, then removed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$here")
project=$(dirname "$module")
size_mb=${1:-3072}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$JAVA_HOME/bin/java"

corpus=""
for dir in "$project" "$project/.." "$project/../.." "$project/../../.."; do
  if [ -d "$dir/shared/datasets/models/picklescan" ]; then corpus=$(cd "$dir/shared/datasets/models/picklescan" && pwd); break; fi
done

cd "$project"
cpfile=$(mktemp)
# One reactor run: compiling first lets ward-core resolve to its target/classes without mvn install.
mvn -q -pl ward-models -am test-compile dependency:build-classpath -Dmdep.outputFile="$cpfile" \
    -Dmdep.includeScope=test 2>/dev/null
cp="$module/target/classes:$module/target/test-classes:$project/ward-core/target/classes:$(cat "$cpfile")"
rm -f "$cpfile"

echo "== agreement with picklescan's expectations"
if [ -n "$corpus" ]; then
  "$java" -cp "$cp" "$here/ModelsBench.java" agreement "$corpus"
else
  echo "skipped: shared/datasets/models/picklescan not found beside the checkout"
fi

work=$(mktemp -d /tmp/ward-models-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo
echo "== throughput: generating ${size_mb} MB benign files in $work"
python3 "$here/gen_large_models.py" "$work" "$size_mb"
for f in large.pkl large_torch.zip many_opcodes.pkl; do
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$java" -Xmx512m -cp "$cp" "$here/ModelsBench.java" throughput "$work/$f" 2> "$work/time.txt"
    grep -E "Maximum resident set size|Elapsed \(wall" "$work/time.txt" | sed 's/^\s*/   /'
  else
    "$java" -Xmx512m -cp "$cp" "$here/ModelsBench.java" throughput "$work/$f"
  fi
done
