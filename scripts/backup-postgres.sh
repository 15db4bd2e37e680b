#!/usr/bin/env bash
# Writes a compressed custom-format dump of the WorkerHome database (pg_dump -Fc), named by date and time.
# Usage: scripts/backup-postgres.sh "postgresql://user:password@host:5432/workerhome" [directory]   (default: backups/)
# The connection may also be a libpq keyword string ("host=… dbname=… user=…"). Restore: scripts/restore-postgres.sh.
set -euo pipefail
connection=${1:?usage: scripts/backup-postgres.sh CONNECTION [directory]}
directory=${2:-backups}
mkdir -p "$directory"
file="$directory/workerhome-$(date -u +%Y%m%dT%H%M%SZ).dump"
"${PG_BIN:-}${PG_BIN:+/}pg_dump" --format=custom --compress=6 --no-owner --dbname="$connection" --file="$file.partial"
mv "$file.partial" "$file"
echo "$file"
