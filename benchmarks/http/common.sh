# Shared by run.sh and soak.sh: install wrk if missing, build and start the service in Release on loopback, stop it on exit.
# Defines: url, service (its pid), lua (a temp folder with one wrk script per POST body in requests/).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
port=${LSCP_LOAD_PORT:-5199}
url="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null 2>&1
fi

# LSCP_BUILD=aot drives the Native AOT binary instead of the JIT build (published to artifacts/aot-load).
if [ "${LSCP_BUILD:-jit}" = aot ]; then
  dotnet publish -c Release -r linux-x64 -p:PublishAot=true src/Lscp.Http -o artifacts/aot-load >/dev/null
  start_service=(artifacts/aot-load/Lscp.Http)
else
  dotnet build -c Release src/Lscp.Http >/dev/null
  start_service=(dotnet src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll)
fi
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  "${start_service[@]}" --urls "$url" >/tmp/lscp-http-load.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.2; done

lua=$(mktemp -d)
for body in "$here"/requests/*.json; do
  name=$(basename "$body" .json)
  cat > "$lua/$name.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$body", "r"); wrk.body = f:read("*a"); f:close()
LUA
done

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$service/status"; }
