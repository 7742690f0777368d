#!/usr/bin/env bash
# Stops the Pushgateway started by start-pushgateway.sh (TERM, then KILL after 10 s). Idempotent.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

stop_pid_file "${FLINK_PID_DIR}/pushgateway.pid" Pushgateway 10
