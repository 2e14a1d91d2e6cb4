#!/usr/bin/env bash
# The outsider's test: generate a TypeScript client from the checked-in OpenAPI document, compile it with tsc (strict),
# start the built service on loopback, and call calendar add, quorum and deadlines through the generated client.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
npm ci --no-audit --no-fund --loglevel=error
npm run --silent generate
npm run --silent build
port=5099
dotnet "$root/src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll" --urls "http://127.0.0.1:$port" > service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break
  sleep 0.2
done
node out/call.js "http://127.0.0.1:$port"
