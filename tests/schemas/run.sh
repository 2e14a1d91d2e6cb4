#!/usr/bin/env bash
# Every sample document against the JSON Schema it names, by ajv (not ours; check.mjs), and what an editor shows of
# each sample scenario and of a misspelt key in it, by the YAML language server (editor.mjs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
node check.mjs
node editor.mjs
