#!/usr/bin/env bash
# Takes a consistent copy of a live SQLite database (the single-node installation) with SQLite's online backup, checks
# the copy's integrity, and names it by date and time. The app keeps running and writing while it copies.
# Usage: scripts/backup-sqlite.sh [App_Data/workerhome.db] [directory]   (default directory: backups/)
# Restore: stop the app, put the copy in place as App_Data/workerhome.db (remove any -wal/-shm files beside it), start.
set -euo pipefail
database=${1:-src/WorkerHome.Web/App_Data/workerhome.db}
directory=${2:-backups}
[ -f "$database" ] || { echo "no database at $database" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (Debian package sqlite3)" >&2; exit 1; }
mkdir -p "$directory"
file="$directory/workerhome-$(date -u +%Y%m%dT%H%M%SZ).db"
# The busy timeout lets the backup wait for a writer's transaction instead of failing.
sqlite3 "$database" ".timeout 30000" ".backup '$file.partial'"
check=$(sqlite3 "$file.partial" "PRAGMA integrity_check;")
[ "$check" = ok ] || { echo "the copy failed its integrity check: $check" >&2; rm -f "$file.partial"; exit 1; }
mv "$file.partial" "$file"
echo "$file"
