#!/usr/bin/env bash
# Lighthouse (mobile preset: Lighthouse's default form factor) on the worker pages of a local instance and one table
# against the budget: performance >= 95, accessibility 100, <= 150 KB transferred, no third-party requests.
# Usage: bench/lighthouse/run.sh [--no-build] [--url http://127.0.0.1:PORT] [--out DIR]
#   (also bench/run.sh --scenario lighthouse). Without --url it publishes the app (--no-build: use the last publish)
#   and starts its own instance (own port, own SQLite directory, demo data, Production) and stops it afterwards.
#   Exit code 1 when any page misses the budget.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=1 url="" out="$root/bench/out/lighthouse"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --url) url=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

# 1. What it needs from the machine: Chromium, CJK fonts (the pages are Chinese), Node, the pinned Lighthouse.
missing=()
command -v chromium > /dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v npm > /dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
if [ ! -x "$here/node_modules/.bin/lighthouse" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

# 2. The app: our own instance unless one was given.
source "$root/scripts/local-instance.sh"
if [ -z "$url" ]; then
  [ "$build" = 1 ] && publish_local_instance
  trap stop_local_instance EXIT
  start_local_instance
  url=$WH_URL
fi
WH_URL=$url
jar=$(mktemp); trap 'rm -f "$jar"; stop_local_instance' EXIT
sign_in_cookie worker01 'Demo@2026' "$jar"
cookie=$(cookie_header "$jar")
site=$(curl -fs "$url/sites" | grep -o 'href="/sites/[0-9]*"' | head -n 1 | grep -o '[0-9]*')

# 3. The worker pages; signed-in pages carry the worker's cookie.
pages=(
  "home|/|"
  "menu|/menu|"
  "sites-search|/sites?q=%E4%B9%90%E5%B1%B1|"
  "site|/sites/$site|"
  "sites-nearest|/sites?near=29.55210,103.76570|"
  "results|/results|"
  "login|/login|"
  "me|/me|auth"
  "me-orders|/me/orders|auth"
  "me-messages|/me/messages|auth"
)
rm -rf "$out"; mkdir -p "$out"
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
started=$(date +%s)
n=0
for entry in "${pages[@]}"; do
  IFS='|' read -r name path auth <<<"$entry"
  n=$((n + 1)); name=$(printf '%02d-%s' "$n" "$name")
  headers=()
  [ "$auth" = auth ] && headers=(--extra-headers "{\"Cookie\":\"$cookie\"}")
  echo "lighthouse $path"
  "$here/node_modules/.bin/lighthouse" "$url$path" --quiet --output=json --output-path="$out/$name.report.json" \
    --only-categories=performance,accessibility --chrome-path="$CHROME_PATH" --chrome-flags="$flags" "${headers[@]}" \
    || echo "lighthouse failed on $path"
done
echo "$(( $(date +%s) - started )) s for ${#pages[@]} pages on $(nproc) cores; reports in $out"
node "$here/summarize.mjs" "$out"
