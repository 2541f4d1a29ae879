#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL cluster: initdb into a
# temporary directory, a free port, trust authentication on loopback only; removed afterwards.
# Installs Debian's postgresql package when it is missing and we are root.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_bin="$(find_bin || true)"
if [[ -z "$pg_bin" ]]; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "PostgreSQL is not installed: installing Debian's postgresql package..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin="$(find_bin)"
  else
    echo "PostgreSQL server binaries are missing (looked in /usr/lib/postgresql/*/bin)." >&2
    echo "Install them with: sudo apt-get install postgresql   (or run the tests as root)" >&2
    exit 1
  fi
fi

workdir="$(mktemp -d /tmp/samskap-pg.XXXXXX)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
as_pg() { "$@"; }
if [[ "$(id -u)" -eq 0 ]]; then
  # PostgreSQL refuses to run as root: run the cluster as the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  chown postgres "$workdir"
  as_pg() { runuser -u postgres -- "$@"; }
fi

cleanup() {
  as_pg "$pg_bin/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap cleanup EXIT

as_pg "$pg_bin/initdb" -D "$workdir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w \
  -o "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on port $port (temporary cluster)"

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
