#!/usr/bin/env bash
# Names the same loopback services with Ward's ServiceIdentifier and with `nmap -sV`, side by side in one run:
# median times, their ratio, and the share each named correctly. Real Debian servers (Redis, PostgreSQL, MariaDB,
# memcached, Jupyter, Prometheus, etcd, docker-registry, RabbitMQ + AMQP, InfluxDB) and the labelled stand-ins of
# products without a package, all on random non-default ports of 127.0.0.1.
# Usage: bench/services-vs-nmap.sh [RUNS]   (default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
source "$root/scripts/jdk.sh"
JAVA_HOME="$(ward_find_jdk)"; export JAVA_HOME
command -v nmap >/dev/null || { echo "installing nmap" >&2; apt-get install -y -qq nmap >/dev/null; }

out="$here/out/services-vs-nmap"; rm -rf "$out"; mkdir -p "$out"
cd "$root"
mvn -q -B -ntp -pl ward-surface -am test-compile >/dev/null 2>&1
mvn -q -B -ntp -pl ward-surface -am dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null 2>&1
cp="ward-surface/target/test-classes:ward-surface/target/classes:ward-testkit/target/classes:ward-core/target/classes:ward-detect/target/classes:$(cat "$out/cp.txt")"

"$JAVA_HOME/bin/java" -cp "$cp" dev.ward.surface.bench.ServicesBench serve "$out/expected.tsv" >"$out/serve.log" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do [ -f "$out/expected.tsv" ] && break; sleep 0.5; done
[ -f "$out/expected.tsv" ] || { echo "servers did not start; see $out/serve.log" >&2; exit 1; }
ports="$(cut -f1 "$out/expected.tsv" | paste -sd, -)"
echo "$(wc -l <"$out/expected.tsv") services on ports $ports" >&2

for i in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  "$JAVA_HOME/bin/java" -cp "$cp" dev.ward.surface.bench.ServicesBench identify ${ports//,/ } >"$out/ward-$i.tsv"
  e=$(date +%s%N); echo "ward $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
  s=$(date +%s%N)
  nmap -sV -Pn -n -p "$ports" 127.0.0.1 -oX "$out/nmap-$i.xml" >/dev/null
  e=$(date +%s%N); echo "nmap $i $(( (e - s) / 1000000 ))" >>"$out/times.txt"
done
python3 "$here/lib/summarise_services.py" "$out" "$runs" | tee "$out/summary.txt"
