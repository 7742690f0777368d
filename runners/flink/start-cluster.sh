#!/usr/bin/env bash
# Starts a local Flink 1.19.3 standalone session cluster: one JobManager and one TaskManager, each
# a background JVM started the way Flink's jobmanager.sh/taskmanager.sh would start it, then waits
# until the REST API reports a registered TaskManager with free slots.
# Idempotent: if both processes are already running it says so and exits 0.
# Usage: runners/flink/start-cluster.sh   (env: SBIR_FLINK_REST_PORT, SBIR_FLINK_RPC_PORT,
#        SBIR_FLINK_START_TIMEOUT seconds, default 90)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

timeout_s=${SBIR_FLINK_START_TIMEOUT:-90}
jm_pid_file="${FLINK_PID_DIR}/jobmanager.pid"
tm_pid_file="${FLINK_PID_DIR}/taskmanager.pid"

# resource_params COMMAND: prints the BASH_JAVA_UTILS_EXEC_RESULT lines of BashJavaUtils, which
# computes the memory flags (line 1: JVM params) and dynamic configs (line 2) from config.yaml.
resource_params() {
  local output
  if ! output=$("${JAVA_BIN}" -classpath "${FLINK_LIB_DIR}/*" \
    -Dlog4j.configurationFile="file:${FLINK_CONF_DIR}/log4j-cli.properties" \
    org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "${FLINK_CONF_DIR}" \
    "${FLINK_DYNAMIC_PROPS[@]}" 2>>"${FLINK_LOG_DIR}/bash-java-utils.log"); then
    die "BashJavaUtils $1 failed; see ${FLINK_LOG_DIR}/bash-java-utils.log"
  fi
  printf '%s\n' "${output}" | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' |
    sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://' | tail -n 2
}

# launch ROLE MAIN_CLASS RESOURCE_COMMAND
launch() {
  local role=$1 main_class=$2 command=$3 pid_file="${FLINK_PID_DIR}/$1.pid" pid params jvm_params
  local -a jvm_args dynamic_configs
  if pid=$(pid_of "${pid_file}"); then
    log "${role} already running (pid ${pid})"
    return 0
  fi
  params=$(resource_params "${command}")
  jvm_params=$(printf '%s\n' "${params}" | head -n 1)
  # Word splitting is the format: both lines are space-separated argument lists, as in Flink's
  # own config.sh (values never contain spaces).
  read -r -a jvm_args <<<"${jvm_params}"
  read -r -a dynamic_configs <<<"$(printf '%s\n' "${params}" | tail -n 1)"
  if [[ "$(printf '%s\n' "${params}" | wc -l)" -lt 2 ]]; then
    dynamic_configs=()
  fi
  log "starting ${role}: ${jvm_params}"
  nohup "${JAVA_BIN}" "${jvm_args[@]}" "${FLINK_JAVA17_OPTS[@]}" \
    -Dlog.file="${FLINK_LOG_DIR}/flink-${role}.log" \
    -Dlog4j.configuration="file:${FLINK_CONF_DIR}/log4j.properties" \
    -Dlog4j.configurationFile="file:${FLINK_CONF_DIR}/log4j.properties" \
    -classpath "${FLINK_LIB_DIR}/*" \
    "${main_class}" --configDir "${FLINK_CONF_DIR}" "${FLINK_DYNAMIC_PROPS[@]}" \
    "${dynamic_configs[@]}" \
    >"${FLINK_LOG_DIR}/flink-${role}.out" 2>&1 </dev/null &
  printf '%s\n' "$!" >"${pid_file}"
}

wait_until_ready() {
  local started=${SECONDS} overview tms slots
  while ((SECONDS - started < timeout_s)); do
    for pid_file in "${jm_pid_file}" "${tm_pid_file}"; do
      pid_of "${pid_file}" >/dev/null ||
        die "$(basename "${pid_file}" .pid) exited; see ${FLINK_LOG_DIR}/"
    done
    if overview=$(curl -fsS --max-time 2 "${FLINK_REST_URL}/overview" 2>/dev/null); then
      tms=$(json_number "${overview}" taskmanagers)
      slots=$(json_number "${overview}" slots-available)
      if ((${tms:-0} >= 1 && ${slots:-0} >= 1)); then
        log "cluster ready after $((SECONDS - started))s: ${tms} TaskManager(s), ${slots} free" \
          "slot(s); Web UI ${FLINK_REST_URL}/"
        return 0
      fi
    fi
    sleep 1
  done
  die "cluster not ready after ${timeout_s}s; see ${FLINK_LOG_DIR}/"
}

if jm=$(pid_of "${jm_pid_file}") && tm=$(pid_of "${tm_pid_file}"); then
  log "cluster already running (JobManager pid ${jm}, TaskManager pid ${tm}) at ${FLINK_REST_URL}"
  exit 0
fi

"${FLINK_TOOLS_DIR}/fetch-flink-jars.sh"
mkdir -p "${FLINK_LOG_DIR}" "${FLINK_PID_DIR}"

# Refuse to start behind someone else's REST endpoint: the health check would lie.
if ! pid_of "${jm_pid_file}" >/dev/null && http_ok "${FLINK_REST_URL}/overview"; then
  die "${FLINK_REST_URL} already answers but not from this cluster; set SBIR_FLINK_REST_PORT"
fi

launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
  GET_JM_RESOURCE_PARAMS
launch taskmanager org.apache.flink.runtime.taskexecutor.TaskManagerRunner GET_TM_RESOURCE_PARAMS
wait_until_ready
