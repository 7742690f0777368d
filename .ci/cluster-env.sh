#!/usr/bin/env bash
# A local Flink 1.19.3 session cluster and a Prometheus Pushgateway for the cluster end-to-end test
# (runners/src/test/java/org/sbiretl/runners/ClusterEndToEndIT.java), which runs only when
# SBIR_FLINK_REST and SBIR_PUSHGATEWAY are set.
#
# Sourced (functions for .ci/run):
#   source .ci/cluster-env.sh
#   cluster_up            # installs what is missing, starts both, exports SBIR_FLINK_REST and
#                         # SBIR_PUSHGATEWAY, and traps EXIT to stop them again (also on failure)
#   mvn -B -o verify
#   cluster_down          # optional: the EXIT trap does it too; idempotent
# Executed:
#   .ci/cluster-env.sh run mvn -B -o verify     # up, command, down; exits with the command's code
#   .ci/cluster-env.sh up | down | status
#
# cluster_up sets the shell's EXIT/INT/TERM traps (replacing earlier ones): a caller with its own
# EXIT trap should call cluster_down from it. Only what cluster_up started is stopped: a cluster or gateway that was already running (a
# developer's) is used and left alone. Environment: SBIR_FLINK_REST_PORT (8081),
# SBIR_FLINK_RPC_PORT (6123), SBIR_PUSHGATEWAY_PORT (9091), MVN_ARGS (e.g. -o, for the Flink jar
# download), SBIR_CI_NO_INSTALL=1 to never call apt-get.

_SBIR_CI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_SBIR_CI_FLINK="${_SBIR_CI_ROOT}/runners/flink"
_SBIR_CI_STARTED_CLUSTER=0
_SBIR_CI_STARTED_GATEWAY=0

_cluster_log() {
  printf '%s cluster-env: %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

# Installs the Pushgateway (Debian package) if it is missing and resolves the Flink cluster jars.
cluster_install() {
  local bin=${PUSHGATEWAY_BIN:-/usr/bin/prometheus-pushgateway}
  if [[ ! -x "${bin}" ]]; then
    if [[ "${SBIR_CI_NO_INSTALL:-0}" == 1 ]] || ! command -v apt-get >/dev/null; then
      _cluster_log "ERROR: ${bin} missing; install prometheus-pushgateway"
      return 1
    fi
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    _cluster_log "installing prometheus-pushgateway"
    # The package lists of a fresh CI image may be empty: update only when the install fails.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q prometheus-pushgateway ||
      { "${sudo[@]}" apt-get update -q &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
          prometheus-pushgateway; } || return 1
  fi
  "${_SBIR_CI_FLINK}/fetch-flink-jars.sh"
}

# Prints the last lines of every cluster log: what CI needs when a run failed.
cluster_logs() {
  local file
  for file in "${_SBIR_CI_FLINK}"/.flink/log/*.log "${_SBIR_CI_FLINK}"/.flink/log/*.out; do
    [[ -s "${file}" ]] || continue
    printf '===== %s (last 40 lines)\n' "${file}" >&2
    tail -n 40 "${file}" >&2
  done
}

cluster_up() {
  cluster_install || return 1
  # Remember what was running before, so cluster_down stops only what this function started.
  # The gateway first: the JobManager and TaskManager push their metrics to it from the start.
  local gateway_port=${SBIR_PUSHGATEWAY_PORT:-9091}
  curl -fsS --max-time 2 -o /dev/null "http://localhost:${gateway_port}/-/ready" 2>/dev/null ||
    _SBIR_CI_STARTED_GATEWAY=1
  if ! "${_SBIR_CI_FLINK}/start-pushgateway.sh"; then
    cluster_down
    return 1
  fi
  "${_SBIR_CI_FLINK}/status.sh" >/dev/null 2>&1 || _SBIR_CI_STARTED_CLUSTER=1
  if ! "${_SBIR_CI_FLINK}/start-cluster.sh"; then
    cluster_logs
    _SBIR_CI_STARTED_CLUSTER=1
    cluster_down
    return 1
  fi
  export SBIR_FLINK_REST="http://localhost:${SBIR_FLINK_REST_PORT:-8081}"
  export SBIR_PUSHGATEWAY="http://localhost:${gateway_port}"
  # Runs on normal exit, on `exit 1` after a failed step and on SIGINT/SIGTERM (which exit).
  trap '_cluster_on_exit' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  _cluster_log "up: SBIR_FLINK_REST=${SBIR_FLINK_REST} SBIR_PUSHGATEWAY=${SBIR_PUSHGATEWAY}"
}

_cluster_on_exit() {
  local status=$?
  if ((status != 0)); then
    _cluster_log "exiting with status ${status}; cluster logs follow"
    cluster_logs
  fi
  cluster_down
  return "${status}"
}

cluster_down() {
  if ((_SBIR_CI_STARTED_GATEWAY)); then
    "${_SBIR_CI_FLINK}/stop-pushgateway.sh" || true
    _SBIR_CI_STARTED_GATEWAY=0
  fi
  if ((_SBIR_CI_STARTED_CLUSTER)); then
    "${_SBIR_CI_FLINK}/stop-cluster.sh" || true
    _SBIR_CI_STARTED_CLUSTER=0
  fi
  unset SBIR_FLINK_REST SBIR_PUSHGATEWAY
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    up)
      # Executed, the trap would stop everything again at once: start and keep running.
      cluster_up
      trap - EXIT INT TERM
      ;;
    down)
      _SBIR_CI_STARTED_CLUSTER=1
      _SBIR_CI_STARTED_GATEWAY=1
      cluster_down
      ;;
    status)
      "${_SBIR_CI_FLINK}/status.sh"
      ;;
    run)
      shift
      (($#)) || { echo "usage: $0 run COMMAND [ARGS...]" >&2; exit 2; }
      cluster_up
      "$@"
      ;;
    *)
      echo "usage: $0 up|down|status|run COMMAND [ARGS...]   (or source it: cluster_up/cluster_down)" >&2
      exit 2
      ;;
  esac
fi
