#!/usr/bin/env bash
# Puts the jars of a Flink 1.19.3 standalone cluster (plus log4j 2 and the Prometheus reporter)
# into runners/flink/.flink/lib/. flink-dist is not served by Maven Central, so the jars come from
# cluster-pom.xml via the dependency plugin. Idempotent: skips work when lib/ is already complete.
# Usage: runners/flink/fetch-flink-jars.sh [--force]   (MVN_ARGS="-o" to stay offline)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

marker="${FLINK_LIB_DIR}/.complete"
pom="${FLINK_TOOLS_DIR}/cluster-pom.xml"

if [[ "${1:-}" != "--force" && -f "${marker}" && "${marker}" -nt "${pom}" ]]; then
  log "Flink jars already in ${FLINK_LIB_DIR} ($(find "${FLINK_LIB_DIR}" -name '*.jar' | wc -l) jars)"
  exit 0
fi

command -v mvn >/dev/null || die "mvn not found on PATH"
rm -rf "${FLINK_LIB_DIR}"
mkdir -p "${FLINK_LIB_DIR}"
log "resolving Flink cluster jars into ${FLINK_LIB_DIR}"
# shellcheck disable=SC2086  # MVN_ARGS is a deliberately word-split list of extra flags
mvn -B -q -Dstyle.color=never ${MVN_ARGS:-} -f "${pom}" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="${FLINK_LIB_DIR}"

for required in flink-runtime-1 flink-runtime-web flink-rpc-akka-loader flink-metrics-prometheus \
  log4j-core log4j-slf4j-impl; do
  compgen -G "${FLINK_LIB_DIR}/${required}*.jar" >/dev/null || die "missing ${required} jar"
done
touch "${marker}"
log "done: $(find "${FLINK_LIB_DIR}" -name '*.jar' | wc -l) jars, $(du -sh "${FLINK_LIB_DIR}" | cut -f1)"
