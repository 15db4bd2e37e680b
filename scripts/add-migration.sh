#!/usr/bin/env bash
# Adds a migration with the same name for both providers (SQLite and PostgreSQL); see docs/adr/0001.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/../src/WorkerHome.Web"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite --namespace WorkerHome.Data.Migrations.Sqlite
dotnet ef migrations add "$name" --context PostgresAppDbContext --output-dir Data/Migrations/Postgres --namespace WorkerHome.Data.Migrations.Postgres
