#!/usr/bin/env bash
# Names the same ClickHouse endpoints with `ward surface` and with `nmap -sV`, side by side in one run,
# and reports both times (medians), their ratio, and which endpoints each named correctly.
# Everything listens on 127.0.0.1 only. Usage: bench/clickhouse-vs-nmap.sh [RUNS]   (default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
source "$here/lib/clickhouse.sh"

command -v nmap >/dev/null || { echo "installing nmap" >&2; apt-get install -y -qq nmap >/dev/null; }
[ -n "$(ch_binary)" ] || { echo "installing clickhouse-server" >&2; apt-get install -y -qq clickhouse-server >/dev/null; }
"$root/ward" --version >/dev/null

work="$(mktemp -d /tmp/ward-bench.XXXXXX)"
out="$here/out/clickhouse-vs-nmap"
mkdir -p "$out"
trap 'ch_stop "$work/open"; ch_stop "$work/locked"; ch_stop "$work/native-only"' EXIT

# Three servers, six endpoints, none on ClickHouse's usual ports: identification must be by protocol.
ch_start "$work/open" 28123 29000 Asia/Shanghai ""
ch_start "$work/locked" 28124 29001 UTC "s3cret-bench-pass"
ch_start "$work/native-only" 0 29002 Europe/Berlin ""
ch_query 28123 "CREATE TABLE log_stream (timestamp DateTime, span_name String, string Nested(names String, values String), _service String, _source String) ENGINE = MergeTree ORDER BY timestamp"
ch_query 28123 "INSERT INTO log_stream VALUES (now(), '/v1/chat/completions', ['msg'], ['user: hi there, assistant: hello'], 'api', 'bench')"

cat >"$out/expected.tsv" <<TSV
28123	OPEN
29000	OPEN
28124	AUTH_REQUIRED
29001	AUTH_REQUIRED
29002	OPEN
TSV
ports="28123,29000,28124,29001,29002"

for i in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  "$root/ward" surface 127.0.0.1 --ports "$ports" --format json --output "$out/ward-$i.json" || true
  e=$(date +%s%N); echo "ward $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
  s=$(date +%s%N)
  nmap -sV -Pn -p "$ports" 127.0.0.1 -oX "$out/nmap-$i.xml" >/dev/null
  e=$(date +%s%N); echo "nmap $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
done

python3 "$here/lib/summarise_identification.py" "$out" "$runs"
