#!/usr/bin/env bash
# Stops the local Flink cluster started by start-cluster.sh: TaskManager first, then JobManager,
# each with TERM and, after a timeout, KILL. Idempotent; removes the PID files.
# Usage: runners/flink/stop-cluster.sh   (env: SBIR_FLINK_STOP_TIMEOUT seconds, default 30)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

timeout_s=${SBIR_FLINK_STOP_TIMEOUT:-30}
stop_pid_file "${FLINK_PID_DIR}/taskmanager.pid" TaskManager "${timeout_s}"
stop_pid_file "${FLINK_PID_DIR}/jobmanager.pid" JobManager "${timeout_s}"
