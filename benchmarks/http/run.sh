#!/usr/bin/env bash
# HTTP load: the facade in Release on loopback, driven by wrk (bounded in time) against a trivial endpoint and the
# deadlines, quorum and compliance endpoints; prints requests per second and latency percentiles, then stops the service.
#   bash benchmarks/http/run.sh [seconds per endpoint, default 10] [connections, default 32]
seconds=${1:-10}
connections=${2:-32}
source "$(dirname "$0")/common.sh"

run() { # label, path, [wrk lua script]
  local script=(); [ -n "${3:-}" ] && script=(-s "$3")
  # An unrecorded warm-up first, so the JIT's tiers and the GC's sizing are settled before measuring.
  wrk -t2 -c"$connections" -d3s "${script[@]}" "$url$2" >/dev/null
  local out; out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${script[@]}" "$url$2")
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
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
