#!/usr/bin/env bash
# Starts the whole set on loopback: a throwaway PostgreSQL, two app nodes on it and the reverse proxy in front.
# Usage: scripts/cluster.sh [--nodes N] [--port 5100]   (Ctrl-C stops everything and removes the database cluster)
#   the proxy listens on --port, node i on port+i; node 1 starts first (migrations, reference data, demo seed).
# Production is described in docs/deploy.md; this is the same shape on one machine.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=2 port=5100
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes=$2; shift ;;
    --port) port=$2; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
source scripts/throwaway-postgres.sh
start_throwaway_postgres
"$WORKERHOME_PG_BIN/createdb" -h 127.0.0.1 -p "$WORKERHOME_PG_PORT" -U workerhome whcluster
# The published output, as deployed: the build output alone serves no framework scripts outside Development.
dotnet publish src/WorkerHome.Web -c Release -o artifacts/cluster/web -nologo -v quiet
dotnet publish src/WorkerHome.Proxy -c Release -o artifacts/cluster/proxy -nologo -v quiet
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; stop_throwaway_postgres; }
trap cleanup EXIT INT TERM
export ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres \
  "Database__ConnectionString=Host=127.0.0.1;Port=$WORKERHOME_PG_PORT;Username=workerhome;Database=whcluster" \
  Database__SeedDemoData=true \
  Auth__StaffTwoFactor=Optional
# Optional two-factor sign-in: the demo staff accounts have no authenticator app. Production keeps Required.
# Every node must share the personal-data keys (and the data-protection keys, which live in the database): a key made
# here for this run only, as a secret store would hand it to each node in production.
export Privacy__EncryptionKey="$(head -c 32 /dev/urandom | base64)" Privacy__LookupKey="$(head -c 32 /dev/urandom | base64)"
proxy_args=()
for i in $(seq 1 "$nodes"); do
  url="http://127.0.0.1:$((port + i))"
  (cd artifacts/cluster/web && exec dotnet WorkerHome.Web.dll --urls "$url") > "/tmp/workerhome-node$i.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "$url/health/ready" > /dev/null && break; sleep 1; done
  curl -fs "$url/health/ready" > /dev/null || { echo "node $i did not become ready; see /tmp/workerhome-node$i.log"; exit 1; }
  echo "node $i ready on $url (log /tmp/workerhome-node$i.log)"
  proxy_args+=("--Proxy:Nodes:$((i - 1))=$url")
done
(cd artifacts/cluster/proxy && exec dotnet WorkerHome.Proxy.dll --urls "http://127.0.0.1:$port" "${proxy_args[@]}") > /tmp/workerhome-proxy.log 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$port/health/live" > /dev/null && break; sleep 1; done
echo "proxy on http://127.0.0.1:$port → $nodes nodes; PostgreSQL on port $WORKERHOME_PG_PORT (database whcluster). Ctrl-C stops all."
wait
