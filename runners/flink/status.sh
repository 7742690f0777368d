#!/usr/bin/env bash
# Prints the state of the local Flink cluster: processes, REST /overview, jobs, and how many
# Flink metrics the JobManager and TaskManager have pushed to the Pushgateway.
# Usage: runners/flink/status.sh   (exit status 1 if the cluster is not running)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

running=0
for role in jobmanager taskmanager; do
  if pid=$(pid_of "${FLINK_PID_DIR}/${role}.pid"); then
    echo "${role}: running (pid ${pid})"
    running=$((running + 1))
  else
    echo "${role}: not running"
  fi
done

if overview=$(curl -fsS --max-time 2 "${FLINK_REST_URL}/overview" 2>/dev/null); then
  echo "REST ${FLINK_REST_URL}/overview: ${overview}"
  echo "jobs: $(curl -fsS --max-time 2 "${FLINK_REST_URL}/jobs/overview" 2>/dev/null || true)"
else
  echo "REST ${FLINK_REST_URL}: no answer"
fi

# The JobManager and TaskManager push their metrics to the Pushgateway (conf/config.yaml).
gateway="http://localhost:${PUSHGATEWAY_PORT}"
if body=$(curl -fsS --max-time 2 "${gateway}/metrics" 2>/dev/null); then
  for kind in jobmanager taskmanager; do
    echo "Pushgateway ${gateway}/metrics: $(printf '%s\n' "${body}" | grep -c "^flink_${kind}_")" \
      "flink_${kind}_ samples"
  done
else
  echo "Pushgateway ${gateway}: no answer (Flink metrics are pushed there)"
fi

((running == 2))
