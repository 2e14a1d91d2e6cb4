#!/usr/bin/env bash
# Every sample document against the JSON Schema it names, by ajv (not ours); see check.mjs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
node check.mjs
