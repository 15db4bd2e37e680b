#!/usr/bin/env bash
# Runs the ordering benchmark against a throwaway PostgreSQL on this machine and prints its table.
# Usage: bench/run.sh [--requests N] [--concurrency 16,64]
#        bench/run.sh --scenario rush --concurrency 64 [--rounds 50] [--workers 2000] [--seats 20] [--nodes 2]
#        bench/run.sh --scenario lighthouse [--no-build]   (bench/lighthouse/run.sh: no PostgreSQL needed)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--scenario" ] && [ "${2:-}" = "lighthouse" ]; then
  shift 2
  exec bench/lighthouse/run.sh "$@"
fi
source scripts/throwaway-postgres.sh
start_throwaway_postgres
dotnet run --project bench/WorkerHome.Bench -c Release -- "$@"
