#!/usr/bin/env bash
# Runs the ordering benchmark against a throwaway PostgreSQL on this machine and prints its table.
# Usage: bench/run.sh [--requests N] [--concurrency 16,64]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh
start_throwaway_postgres
dotnet run --project bench/WorkerHome.Bench -c Release -- "$@"
