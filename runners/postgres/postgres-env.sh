#!/usr/bin/env bash
# A throwaway local PostgreSQL server for the database end-to-end test
# (runners/src/test/java/org/sbiretl/runners/PostgresRecipientsIT.java), which runs only when
# SBIR_POSTGRES_URL is set.
#
# Sourced (functions for .ci/run):
#   source runners/postgres/postgres-env.sh
#   postgres_up     # installs Debian's postgresql if missing, starts a server in a temp directory
#                   # on 127.0.0.1:${SBIR_POSTGRES_PORT:-55432} with a database `usaspending` owned
#                   # by user `sbir_etl` with a random password, and exports SBIR_POSTGRES_URL,
#                   # SBIR_POSTGRES_USER and SBIR_POSTGRES_PASSWORD
#   postgres_down   # stops it and removes its directory; idempotent
# The caller's EXIT trap should call postgres_down (.ci/run's does).

_sbir_pg_log() {
  printf '%s postgres-env: %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

_sbir_pg_as_postgres() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres "$@"
  fi
}

postgres_up() {
  local sudo=() bin port=${SBIR_POSTGRES_PORT:-55432}
  ((EUID == 0)) || sudo=(sudo)
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    if [[ "${SBIR_CI_NO_INSTALL:-0}" == 1 ]]; then
      _sbir_pg_log "ERROR: PostgreSQL server missing; install Debian's postgresql"
      return 1
    fi
    _sbir_pg_log "installing postgresql"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      postgresql >&2 ||
      { "${sudo[@]}" apt-get update -q >&2 &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
          --no-install-recommends postgresql >&2; } || return 1
  fi
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  SBIR_POSTGRES_DIR=$(mktemp -d /tmp/sbir-etl-postgres.XXXXXX)
  export SBIR_POSTGRES_DIR
  "${sudo[@]}" chown postgres: "${SBIR_POSTGRES_DIR}"
  local superuser_pw password
  superuser_pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "${superuser_pw}" | "${sudo[@]}" tee "${SBIR_POSTGRES_DIR}/pw" >/dev/null
  "${sudo[@]}" chown postgres: "${SBIR_POSTGRES_DIR}/pw"
  _sbir_pg_as_postgres "${bin}/initdb" -D "${SBIR_POSTGRES_DIR}/data" -U postgres \
    --auth=scram-sha-256 --pwfile="${SBIR_POSTGRES_DIR}/pw" >"${SBIR_POSTGRES_DIR}.initdb.log" 2>&1 ||
    { cat "${SBIR_POSTGRES_DIR}.initdb.log" >&2; return 1; }
  _sbir_pg_as_postgres "${bin}/pg_ctl" -D "${SBIR_POSTGRES_DIR}/data" -w -t 60 \
    -l "${SBIR_POSTGRES_DIR}/server.log" \
    -o "-p ${port} -c listen_addresses=127.0.0.1 -k ${SBIR_POSTGRES_DIR}" start >&2 ||
    { _sbir_pg_as_postgres cat "${SBIR_POSTGRES_DIR}/server.log" >&2; return 1; }
  PGPASSWORD=${superuser_pw} psql -h 127.0.0.1 -p "${port}" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE sbir_etl LOGIN PASSWORD '${password}'" \
    -c "CREATE DATABASE usaspending OWNER sbir_etl" >&2 || return 1
  export SBIR_POSTGRES_URL="jdbc:postgresql://127.0.0.1:${port}/usaspending"
  export SBIR_POSTGRES_USER=sbir_etl
  export SBIR_POSTGRES_PASSWORD=${password}
  _sbir_pg_log "up: SBIR_POSTGRES_URL=${SBIR_POSTGRES_URL} (user sbir_etl)"
}

postgres_down() {
  local bin
  [[ -n "${SBIR_POSTGRES_DIR:-}" && -d "${SBIR_POSTGRES_DIR}" ]] || return 0
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  _sbir_pg_as_postgres "${bin}/pg_ctl" -D "${SBIR_POSTGRES_DIR}/data" -m fast -w stop >&2 || true
  rm -rf "${SBIR_POSTGRES_DIR}" "${SBIR_POSTGRES_DIR}.initdb.log"
  unset SBIR_POSTGRES_DIR SBIR_POSTGRES_URL SBIR_POSTGRES_USER SBIR_POSTGRES_PASSWORD
  _sbir_pg_log "stopped"
}
