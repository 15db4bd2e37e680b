#!/usr/bin/env bash
# Runs the ordering benchmark against a throwaway PostgreSQL on this machine and prints its table.
# Usage: bench/run.sh [--requests N] [--concurrency 16,64]
#        bench/run.sh --scenario rush --concurrency 64 [--rounds 50] [--workers 2000] [--seats 20] [--nodes 2]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh
start_throwaway_postgres
dotnet run --project bench/WorkerHome.Bench -c Release -- "$@"
