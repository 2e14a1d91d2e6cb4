#!/usr/bin/env bash
# The guides' C# as users paste it (consume.py): each guide's and package readme's blocks in a new project outside this
# repository (so none of its build settings or namespaces apply), with the packages the guide names restored from the
# packed packages, built, run, and what each prints compared with the guide. The client's blocks call the built
# service, started here at http://localhost:5080/ as the guides say.
#   bash tests/consumer/run.sh [PACKAGES_DIR]    (default artifacts/packages, from dotnet pack; after dotnet build -c Release)
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=$(realpath "${1:-artifacts/packages}")
ls "$packages"/Lscp.Client.*.nupkg > /dev/null
work=$(mktemp -d)
# A cache of its own: the packages are always version 0.1.0 here, and the machine's cache would hand back an older build.
export NUGET_PACKAGES="$work/nuget-cache" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if curl -fs http://localhost:5080/health > /dev/null 2>&1; then
  echo "something already answers at localhost:5080; stop it first" >&2
  exit 1
fi
dotnet src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll --urls http://localhost:5080 > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fs http://localhost:5080/health > /dev/null 2>&1 && break
  sleep 0.2
done
python3 tests/consumer/consume.py "$packages" "$work/projects" docs/client.md docs/dotnet.md docs/rest.md src/*/README.md
