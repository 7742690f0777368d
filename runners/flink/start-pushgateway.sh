#!/usr/bin/env bash
# Starts a Prometheus Pushgateway on localhost:9091 in the background (Debian package
# prometheus-pushgateway), for the readable Beam counters a finished batch run pushes and for the
# metrics the Flink JobManager and TaskManager push (conf/config.yaml). Waits until
# /-/ready answers. Idempotent. Metrics are kept in memory only: a restart forgets them.
# Usage: runners/flink/start-pushgateway.sh   (env: SBIR_PUSHGATEWAY_PORT, default 9091;
#        PUSHGATEWAY_BIN, default /usr/bin/prometheus-pushgateway)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

port=${PUSHGATEWAY_PORT}
bin=${PUSHGATEWAY_BIN:-/usr/bin/prometheus-pushgateway}
pid_file="${FLINK_PID_DIR}/pushgateway.pid"
url="http://localhost:${port}"

if pid=$(pid_of "${pid_file}"); then
  log "Pushgateway already running (pid ${pid}) at ${url}"
  exit 0
fi
[[ -x "${bin}" ]] ||
  die "${bin} not found; install it with: apt-get install -y prometheus-pushgateway"
if http_ok "${url}/-/ready"; then
  die "${url} already answers but not from this script; set SBIR_PUSHGATEWAY_PORT"
fi

mkdir -p "${FLINK_LOG_DIR}" "${FLINK_PID_DIR}"
nohup "${bin}" --web.listen-address="localhost:${port}" \
  >"${FLINK_LOG_DIR}/pushgateway.log" 2>&1 </dev/null &
printf '%s\n' "$!" >"${pid_file}"

started=${SECONDS}
until http_ok "${url}/-/ready"; do
  pid_of "${pid_file}" >/dev/null || die "Pushgateway exited; see ${FLINK_LOG_DIR}/pushgateway.log"
  ((SECONDS - started < 30)) || die "Pushgateway not ready after 30s"
  sleep 0.5
done
log "Pushgateway ready after $((SECONDS - started))s at ${url} (metrics: ${url}/metrics)"
