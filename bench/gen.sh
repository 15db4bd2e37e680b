#!/usr/bin/env bash
# Generates a city (or a province) on a throwaway PostgreSQL and measures the read paths on it, then removes the cluster.
# Usage: bench/gen.sh [--scale leshan|province|tiny] [--seed N] [--orders N] [--requests N] [--concurrency 16,64] [--only NAME]
#   --scale/--seed/--orders go to the generator (bench/WorkerHome.DataGen), the rest to the read benchmark
#   (bench/WorkerHome.Bench --scenario dashboard). --keep leaves the cluster running (until Enter is pressed).
set -euo pipefail
cd "$(dirname "$0")/.."
gen=() bench_args=() keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scale|--seed|--orders) gen+=("$1" "$2"); shift ;;
    --requests|--concurrency|--only) bench_args+=("$1" "$2"); shift ;;
    --keep) keep=1 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
# The host's own log is for errors only here: the tables are the output.
export Logging__LogLevel__Default=Error
source scripts/throwaway-postgres.sh
start_throwaway_postgres
dotnet build bench/WorkerHome.DataGen -c Release -nologo -v quiet
dotnet build bench/WorkerHome.Bench -c Release -nologo -v quiet
printf '\n== generating\n'
env "Logging__LogLevel__Microsoft.EntityFrameworkCore=Error" dotnet run --project bench/WorkerHome.DataGen -c Release --no-build -- --database whbench "${gen[@]}"
printf '\n== read benchmark\n'
env "Logging__LogLevel__Microsoft.EntityFrameworkCore=Error" dotnet run --project bench/WorkerHome.Bench -c Release --no-build -- --scenario dashboard --database whbench "${bench_args[@]}"
if [ "$keep" = 1 ]; then
  echo "PostgreSQL stays up on port $WORKERHOME_PG_PORT (database whbench); press Enter to remove it."
  read -r _
fi
