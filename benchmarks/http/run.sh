#!/usr/bin/env bash
# HTTP load: build and start the facade in Release on loopback, drive it with wrk (installed from Debian's packages if
# missing), bounded in time, and report requests per second and latency percentiles; then stop the service.
#   bash benchmarks/http/run.sh [seconds per endpoint, default 10] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-32}
port=5199
url="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null
fi

dotnet build -c Release src/Lscp.Http >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll --urls "$url" >/tmp/lscp-http-load.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.2; done

lua=$(mktemp -d)
post() { # name, path, body file
  cat > "$lua/$1.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$3", "r"); wrk.body = f:read("*a"); f:close()
LUA
}
cat > "$lua/deadlines.json" <<'JSON'
{"incident":{"caseReference":"LSCP-2024-002","localAuthorityAwareOn":"2024-12-16","notifiedPanelOn":"2024-12-19","reportedToPartnersOn":"2024-12-20","rapidReviewSentOn":"2025-01-17","decision":"localReview","localReview":{"initiatedOn":"2025-01-20"}},"asOf":"2025-02-01"}
JSON
cat > "$lua/quorum.json" <<'JSON'
{"partnership":"lewisham","meeting":{"id":"exec","body":"executive","date":"2024-09-10","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"apologies"}]}}
JSON
cat > "$lua/compliance.json" <<'JSON'
{"partnership":"lewisham","period":{"start":"2024-04-01","end":"2025-03-31"},"asOf":"2025-06-30","records":{"meetings":[
{"id":"e1","body":"executive","date":"2024-05-14","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"present"}]},
{"id":"e2","body":"executive","date":"2024-07-09","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"present"}]},
{"id":"e3","body":"executive","date":"2024-09-10","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"apologies"}]},
{"id":"e4","body":"executive","date":"2024-11-12","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"present"}]},
{"id":"e5","body":"executive","date":"2025-01-14","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"present"}]},
{"id":"e6","body":"executive","date":"2025-03-11","chair":"lb-lewisham","attendance":[{"agency":"lb-lewisham","status":"present"},{"agency":"nhs-sel-icb","status":"present"},{"agency":"met-police","status":"present"}]}],
"incidents":[{"caseReference":"LSCP-2024-002","localAuthorityAwareOn":"2024-12-16","notifiedPanelOn":"2024-12-19","reportedToPartnersOn":"2024-12-20","rapidReviewSentOn":"2025-01-17","decision":"noReview"}]}}
JSON
post deadlines /v1/deadlines "$lua/deadlines.json"
post quorum /v1/quorum "$lua/quorum.json"
post compliance /v1/compliance "$lua/compliance.json"

run() { # label, path, [lua script]
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  # An unrecorded warm-up first, so the JIT's tiers and the GC's sizing are settled before measuring.
  local warm=(-t2 -c"$connections" -d3s); [ -n "${3:-}" ] && warm+=(-s "$3")
  wrk "${warm[@]}" "$url$2" >/dev/null
  local out; out=$(wrk "${args[@]}" "$url$2")
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  local p50 p90 p99; p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
  printf '| %-28s | %10s | %8s | %8s | %8s | %s |\n' "$1" "$rps" "$p50" "$p90" "$p99" "${errors:-none}"
}

echo "wrk: 2 threads, $connections connections, ${seconds}s per endpoint, $(nproc) cores"
printf '| %-28s | %10s | %8s | %8s | %8s | %s |\n' endpoint "req/s" p50 p90 p99 errors
printf '|%s|%s|%s|%s|%s|%s|\n' ------------------------------ ------------ ---------- ---------- ---------- -------
run "GET /health (trivial)" /health
run "GET /v1/calendar/add" "/v1/calendar/add?date=2024-12-20&workingDays=15"
run "POST /v1/deadlines" /v1/deadlines "$lua/deadlines.lua"
run "POST /v1/quorum" /v1/quorum "$lua/quorum.lua"
run "POST /v1/compliance" /v1/compliance "$lua/compliance.lua"
