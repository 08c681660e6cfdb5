#!/usr/bin/env bash
# Memory of Ward's port discovery as concurrency grows: every connect hangs (no host answers), so `--concurrency N`
# means N connections really in flight. Runs inside two network namespaces this script creates and deletes
# (198.18.0.0/24, a benchmarking range, exists only between them; nothing leaves this machine).
# Prints, per concurrency: wall time, peak RSS, and the largest Java heap left after a GC.
# Usage: bench/discovery-memory.sh [CONCURRENCY...]   (default 1000 5000 10000 15000; the open-files limit must exceed the largest)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
levels=("${@:-1000 5000 10000 15000}"); read -r -a levels <<<"${levels[*]}"
scan=ward-mem-scan; targets=ward-mem-targets
out="$here/out/discovery-memory"; rm -rf "$out"; mkdir -p "$out"
"$root/ward" --version >/dev/null
cleanup() { ip netns del "$scan" 2>/dev/null || true; ip netns del "$targets" 2>/dev/null || true; }
trap cleanup EXIT
cleanup
ip netns add "$scan"; ip netns add "$targets"
ip link add wmem0 netns "$scan" type veth peer name wmem1 netns "$targets"
ip -n "$scan" addr add 198.18.0.1/24 dev wmem0; ip -n "$targets" addr add 198.18.0.2/24 dev wmem1
ip -n "$scan" link set wmem0 up; ip -n "$targets" link set wmem1 up; ip -n "$scan" link set lo up
# 198.18.0.3-254 have no host behind them: connects wait for the timeout. 252 hosts x 80 ports = 20,160 endpoints.
printf '%s\t%s\t%s\t%s\n' concurrency wall_s peak_rss_mib max_heap_after_gc_mib >"$out/memory.tsv"
for c in "${levels[@]}"; do
  s=$(date +%s%N)
  ip netns exec "$scan" bash -c "ulimit -n $(ulimit -Hn); WARD_JAVA_OPTS='-Xlog:gc:file=$out/gc-$c.log' /usr/bin/time -f '%M' -o '$out/rss-$c' \
    '$root/ward' surface $(python3 -c 'print(" ".join(f"198.18.0.{i}" for i in range(3, 255)))') --ports 1-80 --discover-only \
    --retries 0 --connect-timeout 1s --concurrency $c --seed 1 -o '$out/found-$c.txt'" 2>"$out/err-$c" || true
  e=$(date +%s%N)
  heap=$(grep -oE -- '->[0-9]+M' "$out/gc-$c.log" | tr -dc '0-9\n' | sort -n | tail -1)
  printf '%s\t%s\t%s\t%s\n' "$c" "$(awk "BEGIN{printf \"%.1f\", ($e-$s)/1e9}")" $(( $(tail -1 "$out/rss-$c") / 1024 )) "${heap:-n/a}" >>"$out/memory.tsv"
done
column -t "$out/memory.tsv"
