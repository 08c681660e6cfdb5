#!/usr/bin/env bash
# `ward secrets` of two revisions side by side: builds each revision in a scratch worktree, lets its own launcher
# train its AOT cache, then runs the two launchers in alternation over the same folder (so each runs with the JVM
# flags its revision chose), and prints median and best wall time and CPU time (user + system) of each, and the ratio.
# Alternating runs cancel most of the drift of a shared machine; quote medians.
#
# Usage: bench/secrets-ab.sh REV_A REV_B [RUNS] [FOLDER]    (defaults: 7 runs, the JDK's sources as
#                                                            bench/secrets-vs-secretlint.sh extracts them)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$root/scripts/jdk.sh"
java_home="$(ward_find_jdk)" || { echo "no JDK 25 found" >&2; exit 2; }
[ $# -ge 2 ] || { echo "usage: bench/secrets-ab.sh REV_A REV_B [RUNS] [FOLDER]" >&2; exit 2; }
runs="${3:-7}"
folder="${4:-${WARD_BENCH_DIR:-/tmp/ward-bench}/corpus}"
[ -d "$folder" ] || { echo "no folder $folder (bench/secrets-vs-secretlint.sh makes the default one)" >&2; exit 2; }
out="$here/out/secrets-ab"
rm -rf "$out" && mkdir -p "$out"

trees=()
cleanup() {
  for tree in "${trees[@]}"; do git -C "$root" worktree remove --force "$tree" 2>/dev/null || true; done
}
trap cleanup EXIT
build() { # REV NAME
  local rev="$1" name="$2" tree="$out/$2-tree"
  git -C "$root" worktree add -q --detach "$tree" "$rev"
  trees+=("$tree")
  (cd "$tree" && JAVA_HOME="$java_home" mvn -q -B -o -DskipTests -Dmaven.test.skip=true package >"$out/$name-build.log" 2>&1 \
    || JAVA_HOME="$java_home" mvn -q -B -DskipTests -Dmaven.test.skip=true package >"$out/$name-build.log" 2>&1)
  # The launcher trains the AOT cache on its first run.
  JAVA_HOME="$java_home" "$tree/ward" --version >/dev/null 2>&1
  echo "$name = $(git -C "$root" rev-parse --short "$rev")" >&2
}
build "$1" a
build "$2" b

for i in $(seq 1 "$runs"); do
  for v in a b; do
    JAVA_HOME="$java_home" WARD_JAVA_OPTS="" /usr/bin/time -f "$v %e %U %S" -a -o "$out/times.txt" "$out/$v-tree/ward" \
      secrets "$folder" --no-gitignore -f json -o "$out/$v-$i.json" 2>/dev/null >/dev/null || true
  done
done

python3 - "$out/times.txt" "$1" "$2" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, system = line.split()
    runs[name].append((float(wall), float(user) + float(system)))
label = {"a": sys.argv[2], "b": sys.argv[3]}
med = {}
for name in ("a", "b"):
    walls = [w for w, _ in runs[name]]
    cpus = [c for _, c in runs[name]]
    med[name] = (statistics.median(walls), statistics.median(cpus))
    print(f"{name} ({label[name]}): wall median {med[name][0]:.2f} s (best {min(walls):.2f}), "
          f"cpu median {med[name][1]:.2f} s (best {min(cpus):.2f}), {len(walls)} runs")
print(f"b / a: wall {med['b'][0] / med['a'][0]:.3f}, cpu {med['b'][1] / med['a'][1]:.3f}")
PY
