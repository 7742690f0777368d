#!/usr/bin/env bash
# Prints the state of the local Flink cluster: processes, REST /overview, jobs, and which
# Prometheus reporter ports answer with Flink metrics.
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

# The reporter port range is 9250-9260 in conf/config.yaml; JM and TM take one port each.
for port in $(seq 9250 9260); do
  if body=$(curl -fsS --max-time 2 "http://localhost:${port}/metrics" 2>/dev/null); then
    kind=$(printf '%s\n' "${body}" | grep -o '^flink_\(jobmanager\|taskmanager\)_' | sort -u |
      tr '\n' ' ')
    echo "Prometheus http://localhost:${port}/metrics: ${kind:-no flink_ metrics}" \
      "($(printf '%s\n' "${body}" | grep -vc '^#') samples)"
  fi
done

((running == 2))
