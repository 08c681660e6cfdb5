# Sourced by benchmarks: start and stop throw-away ClickHouse servers on loopback.
# ch_start DIR HTTP_PORT TCP_PORT TIMEZONE PASSWORD   (a port of 0 leaves that protocol off)
ch_binary() {
  command -v clickhouse-server 2>/dev/null || { [ -x /usr/sbin/clickhouse-server ] && echo /usr/sbin/clickhouse-server; }
}

ch_start() {
  local dir="$1" http="$2" tcp="$3" tz="$4" password="$5" ports=""
  mkdir -p "$dir/data" "$dir/tmp" "$dir/log"
  [ "$http" != 0 ] && ports+="<http_port>$http</http_port>"
  [ "$tcp" != 0 ] && ports+="<tcp_port>$tcp</tcp_port>"
  cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/error.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  $ports
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <users_config>users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>$tz</timezone>
  <mark_cache_size>5368709</mark_cache_size>
  <mlock_executable>false</mlock_executable>
</yandex>
XML
  cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
  <users><default><password>$password</password><networks><ip>::/0</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
XML
  "$(ch_binary)" --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1 &
  echo $! >"$dir/pid"
  local i probe_port="$http"
  [ "$http" = 0 ] && probe_port="$tcp"
  for i in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$probe_port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "ClickHouse in $dir did not start; see $dir/log" >&2
  return 1
}

ch_query() { # ch_query HTTP_PORT SQL   (benchmark set-up only: Ward itself never writes)
  curl -sS --fail --data-binary "$2" "http://127.0.0.1:$1/"
}

ch_stop() {
  local dir="$1"
  [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
}
