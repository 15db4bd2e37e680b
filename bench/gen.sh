#!/usr/bin/env bash
# Generates a city (or a province) on a throwaway PostgreSQL and measures the read paths on it, then removes the cluster.
# Usage: bench/gen.sh [--scale leshan|province|tiny] [--seed N] [--orders N] [--requests N] [--concurrency 16,64] [--only NAME]
#        bench/gen.sh [--scale ...] --bench wrk [--rate 1000] [--seconds 20] [--connections 64]
#   --scale/--seed/--orders go to the generator (bench/WorkerHome.DataGen), the rest to the read benchmark
#   (bench/WorkerHome.Bench --scenario dashboard, or --bench wrk: the public read paths under wrk at a fixed rate).
#   --keep leaves the cluster running (until Enter is pressed).
set -euo pipefail
cd "$(dirname "$0")/.."
gen=() bench_args=() keep=0 scenario=dashboard
while [ $# -gt 0 ]; do
  case "$1" in
    --scale|--seed|--orders) gen+=("$1" "$2"); shift ;;
    --requests|--concurrency|--only|--rate|--seconds|--connections) bench_args+=("$1" "$2"); shift ;;
    --bench) scenario=$2; shift ;;
    --keep) keep=1 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
# The host's own log is for errors only here: the tables are the output.
export Logging__LogLevel__Default=Error
if [ "$scenario" = wrk ] && ! command -v wrk >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq wrk >/dev/null || { echo "could not install wrk"; exit 1; }
fi
source scripts/throwaway-postgres.sh
start_throwaway_postgres
dotnet build bench/WorkerHome.DataGen -c Release -nologo -v quiet
dotnet build bench/WorkerHome.Bench -c Release -nologo -v quiet
printf '\n== generating\n'
env "Logging__LogLevel__Microsoft.EntityFrameworkCore=Error" dotnet run --project bench/WorkerHome.DataGen -c Release --no-build -- --database whbench "${gen[@]}"
printf '\n== read benchmark\n'
env "Logging__LogLevel__Microsoft.EntityFrameworkCore=Error" dotnet run --project bench/WorkerHome.Bench -c Release --no-build -- --scenario "$scenario" --database whbench "${bench_args[@]}"
if [ "$keep" = 1 ]; then
  echo "PostgreSQL stays up on port $WORKERHOME_PG_PORT (database whbench); press Enter to remove it."
  read -r _
fi
