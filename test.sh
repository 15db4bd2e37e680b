#!/usr/bin/env bash
# Runs every test suite on SQLite and on PostgreSQL (HTTP and browser) and ends with one line:
#   N passed, N failed[, N skipped]
# Also fails one check when `dotnet list package --vulnerable` reports a vulnerable package (skipped offline).
# Installs what the tests need when it is missing (Chromium, CJK fonts, PostgreSQL; needs root or sudo),
# starts a throwaway PostgreSQL on a free loopback port and removes it afterwards.
# Options: --no-browser (HTTP suites only), --filter EXPR (passed to dotnet test),
#          --scans (opt-in, off by default: about 15 more minutes): Lighthouse on the worker pages
#          (bench/lighthouse/run.sh) and sqlmap + wapiti (scripts/scan.sh), each one more check that passes or fails.
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
browser=1
scans=0
filter=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-browser) browser=0 ;;
    --filter) filter=(--filter "$2"); shift ;;
    --scans) scans=1 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\n== %s\n' "$*"; }

# 1. What the tests need from the machine.
missing=()
[ "$browser" = 1 ] && ! command -v chromium >/dev/null 2>&1 && missing+=(chromium)
[ "$browser" = 1 ] && ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && missing+=(fonts-noto-cjk)
# The build restores the map library (Leaflet) from npm through the committed package.json and lock file.
! command -v npm >/dev/null 2>&1 && missing+=(nodejs npm)
# The SQLite backup script (and its test) uses SQLite's own command-line shell.
! command -v sqlite3 >/dev/null 2>&1 && missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# 2. A throwaway PostgreSQL cluster, removed on exit.
source "$root/scripts/throwaway-postgres.sh"
start_throwaway_postgres || { echo "0 passed, 1 failed"; exit 1; }

# 3. Build once, then run each suite.
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
log "building"
if ! dotnet build "$root/WorkerHome.slnx" -c Release -nologo -v quiet; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
# 3b. No package with a known vulnerability, direct or transitive (one failed check when there is one).
checks_failed=0
log "checking packages for known vulnerabilities"
vulnerable=$(timeout 300 dotnet list "$root/WorkerHome.slnx" package --vulnerable --include-transitive 2>&1)
vulnerable_rc=$?
if grep -q "has the following vulnerable packages" <<<"$vulnerable"; then
  grep -E "has the following vulnerable packages|^ *>" <<<"$vulnerable"
  echo "vulnerable packages found: update them (Directory.Packages.props) or pin a fixed transitive version"
  checks_failed=1
elif [ "$vulnerable_rc" -ne 0 ]; then
  grep -iE "error|warn" <<<"$vulnerable" | head -n 5
  echo "skipped: the NuGet vulnerability feed is unreachable (offline?), packages were not checked"
else
  echo "no vulnerable packages"
fi
suites=(tests/WorkerHome.Tests)
[ "$browser" = 1 ] && suites+=(tests/WorkerHome.BrowserTests)
status=0
export WORKERHOME_TEST_LOGS="$results"
export WORKERHOME_SCREENSHOTS="$root/artifacts/screenshots"
mkdir -p "$WORKERHOME_SCREENSHOTS"
for suite in "${suites[@]}"; do
  name=$(basename "$suite")
  log "running $name"
  dotnet test "$suite" -c Release --no-build -nologo "${filter[@]}" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results" || status=1
done

# 3c. Opt-in: Lighthouse on the worker pages and the sqlmap + wapiti scans, each on an instance of its own.
scans_checks=0
if [ "$scans" = 1 ]; then
  log "lighthouse on the worker pages"
  "$root/bench/lighthouse/run.sh" || { scans_checks=$((scans_checks + 1)); status=1; }
  log "sqlmap and wapiti"
  "$root/scripts/scan.sh" --no-build || { scans_checks=$((scans_checks + 1)); status=1; }
fi

# 4. One line for people and CI.
passed=0; failed=0; skipped=0; found=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  found=1
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${total:-0} - ${p:-0} - ${f:-0}))
done
[ "$found" = 1 ] || { failed=$((failed + 1)); status=1; }
# The failed tests again, last, so a log that keeps only its tail still names them.
if [ "$failed" -gt 0 ]; then
  echo
  perl "$root/scripts/failed-tests.pl" "$results"/*.trx | head -n 60
fi
failed=$((failed + checks_failed + scans_checks))
[ "$scans" = 1 ] && passed=$((passed + 2 - scans_checks))
[ "$failed" -gt 0 ] && status=1
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo
echo "$line"
exit $status
