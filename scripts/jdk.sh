# Sourced by Ward's scripts. ward_find_jdk prints the home of a JDK >= 25:
# JAVA_HOME first, then the java on PATH, then the newest under /usr/lib/jvm.
ward_jdk_major() {
  local v=""
  # The image's release file answers without starting a JVM (each start costs ~0.1 s on every `./ward` run).
  if [ -r "$1/release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)"$/\1/p' "$1/release" | head -n1)"
    [ -n "$v" ] && { echo "${v%%.*}"; return; }
  fi
  v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)"
  echo "${v%%.*}"
}

ward_find_jdk() {
  local min="${WARD_MIN_JDK:-25}" candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(ward_jdk_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
