#!/usr/bin/env bash
# Bounded memory: `ward secrets` over a tree of more than 1 GB and over a git history of more than 1 GB of unique
# blobs, each under a 512 MB heap (-Xmx512m). Prints wall time, throughput and peak resident memory for both.
#
# Usage: bench/secrets-memory.sh            Builds its inputs under $WARD_BENCH_DIR (default /tmp/ward-bench) from
#                                           the JDK's src.zip: 5 hard-linked copies (tree) and 5 commits that each
#                                           change every file (history). Needs ~1.5 GB of disk.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$root/scripts/jdk.sh"
java_home="$(ward_find_jdk)" || { echo "no JDK 25 found" >&2; exit 2; }
bench="${WARD_BENCH_DIR:-/tmp/ward-bench}"
out="$here/out/secrets-memory"
mkdir -p "$out" "$bench"
src_zip="$java_home/lib/src.zip"
[ -d "$bench/corpus/jdk-src" ] || { mkdir -p "$bench/corpus/jdk-src" && (cd "$bench/corpus/jdk-src" && unzip -q "$src_zip"); }
(cd "$root" && JAVA_HOME="$java_home" mvn -q -B -o -pl ward-cli -am package -DskipTests >/dev/null 2>&1 \
  || JAVA_HOME="$java_home" mvn -q -B -pl ward-cli -am package -DskipTests >/dev/null)

tree="$bench/tree-1g"
if [ ! -d "$tree" ]; then
  echo "making $tree: 5 hard-linked copies of the JDK sources" >&2
  for n in 1 2 3 4 5; do mkdir -p "$tree/copy$n" && cp -al "$bench/corpus/jdk-src/." "$tree/copy$n/"; done
fi

history="$bench/history-1g"
if [ ! -d "$history/.git" ]; then
  echo "making $history: 5 commits, each changing every file, so every commit adds new blobs" >&2
  mkdir -p "$history" && cp -a "$bench/corpus/jdk-src/." "$history/"
  git_() { git -C "$history" -c user.name=bench -c user.email=bench@ward.invalid -c commit.gpgsign=false "$@"; }
  git_ init -q -b main
  for n in 1 2 3 4 5; do
    python3 - "$history" "$n" <<'PY'
import os, sys
root, n = sys.argv[1], sys.argv[2]
for d, dirs, files in os.walk(root):
    if ".git" in dirs:
        dirs.remove(".git")
    for f in files:
        with open(os.path.join(d, f), "ab") as fh:
            fh.write(f"\n// bench revision {n}\n".encode())
PY
    git_ add -A && git_ commit -q -m "revision $n"
  done
fi

run() {
  local name="$1"; shift
  local log="$out/$name.log"
  WARD_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "%e %M" -o "$out/$name.time" \
    "$root/ward" secrets "$@" --no-gitignore -f json -o "$out/$name.json" 2>"$log" || true
  read -r wall rss <"$out/$name.time"
  echo "$name: $(grep -m1 'scanned' "$log" | sed 's/^ward: //'); wall ${wall}s; peak RSS $(( rss / 1024 )) MB (heap capped at 512 MB)"
  grep -i -m3 "OutOfMemory\|exception" "$log" || true
}
run tree "$tree"
run history "$history" --git
