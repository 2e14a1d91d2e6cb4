#!/usr/bin/env bash
# Soak: 60 seconds (or the first argument) of mixed load on loopback with wrk, cycling through calendar, arrangements,
# quorum, deadlines and compliance requests. Afterwards: the error count (must be zero), the service still healthy, and its
# resident memory before and after (growth must stay bounded).
#   bash benchmarks/http/soak.sh [seconds, default 60] [connections, default 16]
seconds=${1:-60}
connections=${2:-16}
source "$(dirname "$0")/common.sh"

cat > "$lua/mixed.lua" <<LUA
local function read(name) local f = io.open("$here/requests/" .. name .. ".json", "r"); local b = f:read("*a"); f:close(); return b end
local posts = { { "/v1/deadlines", read("deadlines") }, { "/v1/quorum", read("quorum") }, { "/v1/compliance", read("compliance") } }
local gets = { "/v1/calendar/add?date=2024-12-20&workingDays=15", "/v1/partnerships/lewisham/arrangements?date=2021-06-01",
               "/v1/partnerships/lewisham/bodies/executive/chair?date=2024-06-01", "/v1/calendar/bank-holidays/2022" }
local n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then
    local p = posts[math.floor(n / 2) % #posts + 1]
    return wrk.format("POST", p[1], { ["Content-Type"] = "application/json" }, p[2])
  end
  return wrk.format("GET", gets[math.floor(n / 2) % #gets + 1])
end
LUA

wrk -t2 -c"$connections" -d10s -s "$lua/mixed.lua" "$url/" >/dev/null   # warm-up, unrecorded
before=$(rss_kb)
out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$lua/mixed.lua" "$url/")
after=$(rss_kb)
requests=$(awk '/requests in/ {print $1}' <<<"$out")
errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out"); errors=${errors:-0}
socket=$(awk '/Socket errors/ {print}' <<<"$out")
healthy=$(curl -fs -o /dev/null -w '%{http_code}' "$url/health" || echo down)
echo "soak: ${seconds}s, $connections connections, mixed GET and POST"
echo "requests: $requests; non-2xx: $errors; socket errors: ${socket:-none}; health after: $healthy"
awk '/Requests\/sec|Latency  / {print}' <<<"$out"
awk '$1=="50%" || $1=="99%" {print "latency " $1 ": " $2}' <<<"$out"
echo "resident memory: ${before} KB after warm-up, ${after} KB after the soak ($(( (after - before) / 1024 )) MB growth)"
[ "$errors" = "0" ] && [ -z "$socket" ] && [ "$healthy" = "200" ]
