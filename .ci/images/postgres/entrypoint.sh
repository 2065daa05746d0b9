#!/bin/sh
# On first start: a cluster for POSTGRES_USER with POSTGRES_PASSWORD, a database POSTGRES_DB, and the *.sql files in
# /docker-entrypoint-initdb.d run in it; then listening on all addresses.
set -e
case "$1" in -*) set -- postgres "$@" ;; esac
if [ "$1" = "postgres" ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp); printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  db="${POSTGRES_DB:-$POSTGRES_USER}"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  [ "$db" = "postgres" ] || psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -c "CREATE DATABASE \"$db\""
  for script in /docker-entrypoint-initdb.d/*.sql; do
    if [ -e "$script" ]; then psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$db" -f "$script"; fi
  done
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
fi
if [ "$1" = "postgres" ]; then shift; exec postgres -D "$PGDATA" "$@"; fi
exec "$@"
