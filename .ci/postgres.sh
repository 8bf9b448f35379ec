# Sourced by .ci/run: a throwaway PostgreSQL cluster for the server tests.
# Installs Debian's postgresql package when missing, runs initdb into a
# temporary folder, starts the server on 127.0.0.1:$PG_TEST_PORT (as the
# postgres user when we are root: PostgreSQL refuses to run as root), creates
# a database, exports TEST_DATABASE_URL, and stops the cluster at exit.

PG_TEST_PORT="${PG_TEST_PORT:-55432}"

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
  # From /: the postgres user may not enter the checkout's folder. Paths are absolute.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

start_postgres() {
  if [ -z "$(postgres_bin)" ]; then
    echo "== Debian PostgreSQL installeren (voor de servertests)"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends postgresql
  fi
  local bin
  bin="$(postgres_bin)"
  PG_TEST_DIR="$(mktemp -d /tmp/kindreflex-pg.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_TEST_DIR"; fi
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') starten op poort $PG_TEST_PORT"
  as_postgres "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  trap stop_postgres EXIT
  as_postgres "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c fsync=off" start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres kindreflex_test
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_TEST_PORT/kindreflex_test"
}

stop_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    as_postgres "$(postgres_bin)/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$PG_TEST_DIR"
  fi
}
