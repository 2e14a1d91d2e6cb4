#!/usr/bin/env bash
# The .NET outsiders' test: generate a C# client with NSwag and one with Kiota (dotnet tools restored from the manifest)
# from the checked-in OpenAPI document, compile both as generated in a console app outside the Lscp namespaces, start
# the built service on loopback, and call five endpoints through each (Program.cs).
set -euo pipefail
cd "$(dirname "$0")"
root=../..
bash generate.sh
dotnet build -c Release Outsider.csproj > build.log 2>&1 || { grep -E "error" build.log | sort -u | head -20; exit 1; }
port=5098
dotnet "$root/src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll" --urls "http://127.0.0.1:$port" > service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break
  sleep 0.2
done
dotnet bin/Release/net10.0/Outsider.dll "http://127.0.0.1:$port"
