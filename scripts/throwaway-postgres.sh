# Sourced by test.sh and bench/run.sh: starts a throwaway PostgreSQL cluster on a free loopback port (fsync off: the
# data is disposable), removes it when the calling script exits, and exports its admin connection string as
# WORKERHOME_TEST_POSTGRES. Installs PostgreSQL first when it is missing (needs root or sudo).
# Returns non-zero (after printing why) when it cannot.
start_throwaway_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    local sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
      || { echo "could not install postgresql"; return 1; }
  fi
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pgdir=$(mktemp -d /tmp/workerhome-pg.XXXXXX)
  as_pg=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$pgdir"; as_pg=(runuser -u postgres --); fi
  trap stop_throwaway_postgres EXIT
  "${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U workerhome -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null \
    || { echo "initdb failed"; return 1; }
  # A port below the ephemeral range (outgoing connections cannot hold it); retried if another server takes it first.
  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 9000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    printf '\n== starting PostgreSQL (%s) on port %s\n' "$("$pgbin/postgres" --version)" "$port"
    if "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o \
      "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start >/dev/null; then
      export WORKERHOME_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=workerhome;Database=postgres;Timeout=30"
      export WORKERHOME_PG_PORT=$port WORKERHOME_PG_SOCKET_DIR=$pgdir WORKERHOME_PG_BIN=$pgbin
      return 0
    fi
  done
  cat "$pgdir/server.log" 2>/dev/null
  return 1
}

stop_throwaway_postgres() {
  [ -n "${pgdir:-}" ] || return 0
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pgdir"
}
