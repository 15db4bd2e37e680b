#!/usr/bin/env bash
# Re-creates the newest migration (both providers) from the current model, for model changes made before that
# migration has landed on main. Usage: scripts/regen-migration.sh MigrationName
set -euo pipefail
name=${1:?usage: scripts/regen-migration.sh MigrationName}
cd "$(dirname "$0")/../src/WorkerHome.Web"
dotnet tool restore >/dev/null
dotnet ef migrations remove --force --context SqliteAppDbContext
dotnet ef migrations remove --force --context PostgresAppDbContext
cd ../..
scripts/add-migration.sh "$name"
