#!/usr/bin/env bash
# Scans the same large source corpus with `ward secrets`, with secretlint (its recommended preset) and with ripgrep
# (Ward's rule keywords as fixed strings: a near-limit reference for a literal prefilter), side by side in one run.
# Prints median wall time, MB/s and the ratios. Each tool is timed end to end, start-up included.
#
# Usage: bench/secrets-vs-secretlint.sh [RUNS] [FOLDER]      (default 3 runs)
# Corpus: FOLDER when given (bench/secrets-memory.sh makes a 1 GB one, tree-1g); else the JDK's lib/src.zip
# extracted under $WARD_BENCH_DIR (default /tmp/ward-bench), plus any *-sources.jar under ~/.m2 (extracted too) when
# WARD_BENCH_M2_SOURCES=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
source "$root/scripts/jdk.sh"
java_home="$(ward_find_jdk)" || { echo "no JDK 25 found" >&2; exit 2; }
bench="${WARD_BENCH_DIR:-/tmp/ward-bench}"
corpus="${2:-$bench/corpus}"
[ $# -lt 2 ] || [ -d "$corpus" ] || { echo "no folder $corpus" >&2; exit 2; }
out="$here/out/secrets-vs-secretlint"
tools="$here/out/tools"
mkdir -p "$out" "$tools" "$corpus"
rm -f "$out"/times.txt

# --- corpus ------------------------------------------------------------------------------------------------------
if [ $# -lt 2 ] && [ ! -d "$corpus/jdk-src" ]; then
  src_zip="$java_home/lib/src.zip"
  [ -f "$src_zip" ] || { echo "no $src_zip; set WARD_BENCH_DIR to a folder holding corpus/ yourself" >&2; exit 2; }
  echo "extracting $src_zip to $corpus/jdk-src" >&2
  mkdir -p "$corpus/jdk-src" && (cd "$corpus/jdk-src" && unzip -q "$src_zip")
fi
if [ $# -lt 2 ] && [ "${WARD_BENCH_M2_SOURCES:-0}" = 1 ]; then
  find "$HOME/.m2/repository" -name '*-sources.jar' -size +1M 2>/dev/null | head -20 | while read -r jar; do
    dest="$corpus/m2/$(basename "$jar" .jar)"
    [ -d "$dest" ] || { mkdir -p "$dest" && (cd "$dest" && unzip -q -o "$jar"); }
  done
fi
corpus_bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
corpus_files=$(find "$corpus" -type f | wc -l)
echo "corpus: $corpus, $corpus_files files, $(( corpus_bytes / 1000000 )) MB" >&2

# --- tools -------------------------------------------------------------------------------------------------------
command -v rg >/dev/null || { echo "installing ripgrep (Debian package)" >&2; apt-get install -y -qq ripgrep >/dev/null; }
secretlint="$tools/secretlint/node_modules/.bin/secretlint"
if [ ! -x "$secretlint" ]; then
  echo "installing secretlint and its recommended preset into $tools/secretlint" >&2
  mkdir -p "$tools/secretlint"
  npm install --prefix "$tools/secretlint" --no-audit --no-fund --loglevel=error \
    secretlint@13.0.6 @secretlint/secretlint-rule-preset-recommend@13.0.7 >/dev/null
fi
echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' >"$tools/secretlint/.secretlintrc.json"
# Build the Ward jar once (only the modules `ward secrets` needs), so no run pays for a build.
(cd "$root" && JAVA_HOME="$java_home" mvn -q -B -o -pl ward-cli -am package -DskipTests >/dev/null 2>&1 \
  || JAVA_HOME="$java_home" mvn -q -B -pl ward-cli -am package -DskipTests >/dev/null)
# Ward's rule keywords, the literals its prefilter looks for, for ripgrep: from every built-in rules file, written
# either inline (keywords: [a, b]) or as a block list.
python3 - "$root"/ward-detect/src/main/resources/dev/ward/detect/secret-rules*.yaml >"$out/keywords.txt" <<'PY'
import re, sys
words = set()
for path in sys.argv[1:]:
    in_block = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(\s*)keywords:\s*(.*)$", line)
        if m:
            rest = m.group(2).strip()
            if rest.startswith("["):
                words.update(w.strip().strip("'\"") for w in rest.strip("[]").split(",") if w.strip())
                in_block = None
            else:
                in_block = len(m.group(1))
            continue
        if in_block is not None:
            item = re.match(r"(\s*)-\s+(.*)$", line)
            if item and len(item.group(1)) >= in_block:
                words.add(item.group(2).strip().strip("'\""))
            else:
                in_block = None
print("\n".join(sorted(w for w in words if w)))
PY
echo "ripgrep patterns: $(wc -l <"$out/keywords.txt") keywords from Ward's rules" >&2
# One untimed run, so the launcher's one-time AOT training after a rebuild is not timed (secretlint's install is not).
"$root/ward" --version >/dev/null 2>&1 || true

# --- runs --------------------------------------------------------------------------------------------------------
ms() { date +%s%N; }
for i in $(seq 1 "$runs"); do
  s=$(ms); "$root/ward" secrets "$corpus" --no-gitignore -f json -o "$out/ward-$i.json" 2>"$out/ward-$i.err" || true
  e=$(ms); echo "ward $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
  # The compact format lists findings only (json would echo every file's content back).
  s=$(ms); (cd "$tools/secretlint" && "$secretlint" --secretlintrc .secretlintrc.json --format compact \
      --output "$out/secretlint-$i.txt" "$corpus/**/*" >/dev/null 2>"$out/secretlint-$i.err") || true
  e=$(ms); echo "secretlint $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
  s=$(ms); rg --no-ignore --hidden --no-messages -i -F -c -f "$out/keywords.txt" "$corpus" >"$out/rg-$i.txt" || true
  e=$(ms); echo "ripgrep $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
done

python3 - "$out" "$runs" "$corpus_bytes" "$corpus_files" "$(nproc)" <<'PY'
import json, statistics, sys, pathlib
out, runs, size, files, cores = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
times = {}
for line in (out / "times.txt").read_text().split("\n"):
    if line.strip():
        tool, _, millis = line.split()
        times.setdefault(tool, []).append(int(millis) / 1000)
def count(tool):
    try:
        if tool == "ward":
            return len(json.loads((out / "ward-1.json").read_text())["findings"])
        if tool == "secretlint":
            return sum(1 for l in (out / "secretlint-1.txt").read_text().split("\n") if ": line " in l)
        return sum(int(l.rsplit(":", 1)[1]) for l in (out / "rg-1.txt").read_text().split("\n") if l)
    except Exception as e:
        return "?"
mb = size / 1e6
print(f"corpus: {files} files, {mb:.0f} MB; {runs} run(s) each; {cores} core(s); median wall time, start-up included")
print(f"{'tool':<11}{'median s':>10}{'MB/s':>10}{'MB/s/core':>11}{'  results (run 1)':<18}")
median = {t: statistics.median(v) for t, v in times.items()}
for tool in ("ward", "secretlint", "ripgrep"):
    if tool in median:
        m = median[tool]
        what = {"ward": "findings", "secretlint": "findings", "ripgrep": "lines with a keyword"}[tool]
        print(f"{tool:<11}{m:>10.2f}{mb / m:>10.1f}{mb / m / cores:>11.1f}  {count(tool)} {what}")
if "ward" in median and "secretlint" in median:
    print(f"ward is {median['secretlint'] / median['ward']:.1f}x secretlint's speed")
if "ward" in median and "ripgrep" in median:
    print(f"ward runs at {median['ripgrep'] / median['ward']:.2f}x ripgrep's speed (ripgrep: keyword literals only, no rules)")
print(f"details: {out}")
PY
