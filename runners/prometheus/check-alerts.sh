#!/usr/bin/env bash
# Checks the alerting rules (alerts.yml) and runs their unit tests (alerts-test.yml) with promtool,
# installing Debian's prometheus package (which holds promtool) when it is missing.
# Usage: runners/prometheus/check-alerts.sh   (env: SBIR_CI_NO_INSTALL=1 to never call apt-get)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v promtool >/dev/null; then
  if [[ "${SBIR_CI_NO_INSTALL:-0}" == 1 ]] || ! command -v apt-get >/dev/null; then
    echo "check-alerts: promtool missing; install Debian's prometheus package" >&2
    exit 1
  fi
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  echo "check-alerts: installing prometheus (for promtool)" >&2
  # No recommends: only the binaries are needed, no service is started.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    prometheus >&2 ||
    { "${sudo[@]}" apt-get update -q >&2 &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends prometheus >&2; }
fi
promtool check rules alerts.yml
promtool test rules alerts-test.yml
