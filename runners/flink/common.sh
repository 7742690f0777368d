#!/usr/bin/env bash
# Shared settings for the local Flink cluster scripts. Source it; do not run it.
# shellcheck disable=SC2034  # the variables below are used by the scripts that source this file
# Everything lives under runners/flink/.flink/ (git-ignored): lib/, log/, pids/.

FLINK_TOOLS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FLINK_STATE_DIR=${SBIR_FLINK_STATE_DIR:-${FLINK_TOOLS_DIR}/.flink}
FLINK_LIB_DIR=${FLINK_STATE_DIR}/lib
FLINK_LOG_DIR=${FLINK_STATE_DIR}/log
FLINK_PID_DIR=${FLINK_STATE_DIR}/pids
FLINK_CONF_DIR=${SBIR_FLINK_CONF_DIR:-${FLINK_TOOLS_DIR}/conf}

# Ports default to conf/config.yaml; the overrides are passed to every JVM as -D properties so a
# second cluster (or another service on 8081) does not require editing the config.
FLINK_REST_PORT=${SBIR_FLINK_REST_PORT:-8081}
FLINK_RPC_PORT=${SBIR_FLINK_RPC_PORT:-6123}
FLINK_REST_URL="http://localhost:${FLINK_REST_PORT}"
PUSHGATEWAY_PORT=${SBIR_PUSHGATEWAY_PORT:-9091}
FLINK_DYNAMIC_PROPS=(-D "rest.port=${FLINK_REST_PORT}" -D "jobmanager.rpc.port=${FLINK_RPC_PORT}"
  -D "metrics.reporter.promgateway.hostUrl=http://localhost:${PUSHGATEWAY_PORT}")

if [[ -n "${JAVA_HOME:-}" ]]; then
  JAVA_BIN="${JAVA_HOME}/bin/java"
else
  JAVA_BIN=java
fi

# Flink's default env.java.opts.all for Java 17 (from the config.yaml shipped in flink-dist 1.19):
# Flink and Kryo reflect into these JDK packages and fail with InaccessibleObjectException
# without them.
FLINK_JAVA17_OPTS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

log() {
  printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

# pid_of FILE: prints the PID recorded in FILE if that process is still alive.
pid_of() {
  local file=$1 pid
  [[ -f "${file}" ]] || return 1
  pid=$(<"${file}")
  [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
  kill -0 "${pid}" 2>/dev/null || return 1
  printf '%s\n' "${pid}"
}

# stop_pid_file FILE NAME TIMEOUT_S: TERM, wait, then KILL; always removes FILE.
stop_pid_file() {
  local file=$1 name=$2 timeout=$3 pid waited=0
  if ! pid=$(pid_of "${file}"); then
    log "${name} is not running"
    rm -f "${file}"
    return 0
  fi
  log "stopping ${name} (pid ${pid})"
  kill -TERM "${pid}" 2>/dev/null || true
  while kill -0 "${pid}" 2>/dev/null; do
    if ((waited >= timeout)); then
      log "${name} still alive after ${timeout}s, sending KILL"
      kill -KILL "${pid}" 2>/dev/null || true
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "${file}"
  log "${name} stopped"
}

# http_ok URL: true if URL answers with a 2xx status.
http_ok() {
  curl -fsS --max-time 2 -o /dev/null "$1" 2>/dev/null
}

# json_number JSON KEY: the integer value of "KEY": N in a flat JSON object (no jq needed).
json_number() {
  local json=$1 key=$2
  printf '%s' "${json}" | grep -o "\"${key}\":[0-9]*" | head -n1 | cut -d: -f2
}
