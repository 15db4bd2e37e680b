# Sourced by bench/lighthouse/run.sh and scripts/scan.sh: one app instance on loopback with a database of its own,
# so it never collides with a dev server, and the demo accounts signed in with curl.
#   publish_local_instance                                  dotnet publish -c Release to artifacts/local-instance
#   start_local_instance [--postgres "connection string"]   sets WH_URL, WH_DATA, WH_PID, WH_LOG; stop it on exit
#   sign_in_cookie NAME PASSWORD JAR                        the sign-in form, as a browser would post it
#   bearer_token NAME PASSWORD                              POST /api/auth/token, prints the token
# The instance runs the published output in Production, as deployed (docs/deploy.md): the build output alone has no
# static web assets outside Development (the framework's scripts would be 500s) and no precompressed files.

wh_root() { git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel; }

publish_local_instance() {
  dotnet publish "$(wh_root)/src/WorkerHome.Web" -c Release -o "$(wh_root)/artifacts/local-instance" -nologo -v quiet
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

start_local_instance() {
  local connection=""
  if [ "${1:-}" = "--postgres" ]; then connection=$2; fi
  local app; app="$(wh_root)/artifacts/local-instance"
  [ -f "$app/WorkerHome.Web.dll" ] || { echo "no published app in $app: run publish_local_instance first" >&2; return 1; }
  WH_DATA=$(mktemp -d /tmp/workerhome-instance.XXXXXX)
  WH_LOG="$WH_DATA/app.log"
  WH_URL="http://127.0.0.1:$(free_port)"
  local provider=(Database__Provider=Sqlite "Database__DataDirectory=$WH_DATA")
  [ -n "$connection" ] && provider=(Database__Provider=Postgres "Database__ConnectionString=$connection" "Database__DataDirectory=$WH_DATA")
  # Production, as deployed: keys made for this run only (the demo seed needs them to encrypt personal data), and
  # two-factor sign-in Optional because the demo staff accounts have no authenticator app (production keeps Required).
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production "${provider[@]}" Database__SeedDemoData=true Auth__StaffTwoFactor=Optional \
      Privacy__EncryptionKey="$(head -c 32 /dev/urandom | base64)" Privacy__LookupKey="$(head -c 32 /dev/urandom | base64)" \
      dotnet WorkerHome.Web.dll --urls "$WH_URL") > "$WH_LOG" 2>&1 &
  WH_PID=$!
  for _ in $(seq 1 180); do
    curl -fs "$WH_URL/health/ready" > /dev/null && { echo "app ready on $WH_URL (log $WH_LOG)"; return 0; }
    kill -0 "$WH_PID" 2>/dev/null || break
    sleep 1
  done
  echo "the app did not become ready; see $WH_LOG" >&2
  tail -n 20 "$WH_LOG" >&2
  return 1
}

stop_local_instance() {
  [ -n "${WH_PID:-}" ] && kill "$WH_PID" 2>/dev/null && wait "$WH_PID" 2>/dev/null
  [ -n "${WH_DATA:-}" ] && rm -rf "$WH_DATA"
  WH_PID=""
  return 0
}

sign_in_cookie() {
  local name=$1 password=$2 jar=$3 page token
  page=$(curl -fs -c "$jar" -b "$jar" "$WH_URL/login") || return 1
  token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="\([^"]*\)"/\1/' | head -n 1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST "$WH_URL/login" \
    --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.UserName=$name" --data-urlencode "Input.Password=$password" || return 1
  grep -q "wh\.auth" "$jar" || { echo "sign-in as $name gave no cookie" >&2; return 1; }
}

# The auth cookie as one "name=value" pair for a Cookie header.
cookie_header() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"; }

bearer_token() {
  curl -fs -X POST "$WH_URL/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
