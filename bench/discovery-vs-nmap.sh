#!/usr/bin/env bash
# Port discovery side by side in one run: `ward surface --discover-only` (non-blocking TCP connect sweep)
# against `nmap -sT` over 127.0.0.0/24 x ports 1-1000, on loopback only. Listeners on a handful of 127.0.0.x
# addresses give both something to find. Prints median wall time, the ratio, peak memory (RSS) and found/expected.
# masscan cannot scan loopback (it sends raw frames and never sees replies on lo); see discovery-netns.sh.
# Usage: bench/discovery-vs-nmap.sh [RUNS]   (default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
range="127.0.0.0/24"
ports="1-1000"
concurrency="${WARD_CONCURRENCY:-2048}"
command -v nmap >/dev/null || { echo "installing nmap" >&2; apt-get install -y -qq nmap >/dev/null; }
ulimit -n 65536 2>/dev/null || true
"$root/ward" --version >/dev/null

out="$here/out/discovery-vs-nmap"
rm -rf "$out"; mkdir -p "$out"
listen=(127.0.0.1:80 127.0.0.5:443 127.0.0.17:22 127.0.0.42:873 127.0.0.99:600 127.0.0.128:8 127.0.0.200:999 127.0.0.254:1000)
python3 "$here/lib/listeners.py" "${listen[@]}" >"$out/listeners.log" 2>&1 &
listener_pid=$!
trap 'kill $listener_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q listening "$out/listeners.log" 2>/dev/null && break; sleep 0.1; done

# Expected: our listeners, plus anything else on this machine reachable in the range and port list.
python3 - "$out/expected.txt" "${listen[@]}" <<'PY'
import ipaddress, subprocess, sys
out, ours = sys.argv[1], sys.argv[2:]
found = set(ours)
for line in subprocess.run(["ss", "-Hltn"], capture_output=True, text=True).stdout.splitlines():
    local = line.split()[3]
    host, port = local.rsplit(":", 1)
    port = int(port)
    if not 1 <= port <= 1000:
        continue
    host = host.strip("[]")
    if host in ("0.0.0.0", "*", "::"):
        found.update(f"127.0.0.{i}:{port}" for i in range(256))
    elif host.startswith("127.0.0."):
        found.add(f"{host}:{port}")
open(out, "w").write("".join(sorted(x + "\n" for x in found)))
PY

measure() { # NAME RUN COMMAND...: wall ms and peak RSS KiB into times.tsv
  local name="$1" run="$2"; shift 2
  local s e
  s=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$out/$name-$run.rss" "$@" >/dev/null 2>"$out/$name-$run.err" || true
  e=$(date +%s%N)
  printf '%s\t%s\t%s\t%s\n' "$name" "$run" $(( (e - s) / 1000000 )) "$(tail -1 "$out/$name-$run.rss")" >>"$out/times.tsv"
}

for i in $(seq 1 "$runs"); do
  measure ward "$i" "$root/ward" surface "$range" --ports "$ports" --discover-only --seed "$i" --retries 0 \
    --concurrency "$concurrency" --connect-timeout 2s -o "$out/ward-$i.txt"
  measure nmap "$i" nmap -sT -Pn -n -p "$ports" "$range" -oG "$out/nmap-$i.gnmap"
  grep -o 'Host: [0-9.]*.*Ports: .*' "$out/nmap-$i.gnmap" | python3 -c '
import sys
for line in sys.stdin:
    host = line.split()[1]
    for entry in line.split("Ports: ", 1)[1].split("\t")[0].split(","):
        f = entry.strip().split("/")
        if len(f) > 2 and f[1] == "open": print(f"{host}:{f[0]}")' | sort >"$out/nmap-$i.txt"
done

python3 - "$out" "$runs" <<'PY'
import statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
rows = [l.split("\t") for l in open(f"{out}/times.tsv").read().split("\n") if l]
expected = set(open(f"{out}/expected.txt").read().split())
def med(name, col): return statistics.median(float(r[col]) for r in rows if r[0] == name)
print(f"range 127.0.0.0/24 x ports 1-1000 = 256,000 endpoints; {len(expected)} open; {runs} run(s)")
print(f"{'tool':<8}{'median s':>10}{'peak RSS MiB':>14}   found/expected (each run)")
for name in ("ward", "nmap"):
    found = []
    for i in range(1, runs + 1):
        got = set(open(f"{out}/{name}-{i}.txt").read().split())
        found.append(f"{len(got & expected)}/{len(expected)}" + (f" +{len(got - expected)} unexpected" if got - expected else ""))
    print(f"{name:<8}{med(name, 2) / 1000:>10.2f}{med(name, 3) / 1024:>14.0f}   {', '.join(found)}")
print(f"ward is {med('nmap', 2) / med('ward', 2):.1f}x nmap -sT's speed (median wall time, JVM start-up included)")
PY
