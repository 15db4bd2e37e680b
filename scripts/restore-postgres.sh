#!/usr/bin/env bash
# Restores a dump made by scripts/backup-postgres.sh into a NEW database (never over a live one).
# Usage: scripts/restore-postgres.sh FILE "host=db.example port=5432 user=postgres" NEW_DATABASE
#   (a libpq keyword/value connection without dbname: the script adds it). Then point a node at NEW_DATABASE: it starts
#   on it, and migrates forward if the dump is from an older version.
set -euo pipefail
file=${1:?usage: scripts/restore-postgres.sh FILE "host=… port=… user=…" NEW_DATABASE}
server=${2:?server connection (host=… port=… user=…)}
database=${3:?new database name}
bin="${PG_BIN:-}${PG_BIN:+/}"
"${bin}psql" --dbname="$server dbname=postgres" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$database\""
"${bin}pg_restore" --no-owner --exit-on-error --dbname="$server dbname=$database" "$file"
echo "restored $file into $database"
