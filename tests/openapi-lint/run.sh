#!/usr/bin/env bash
# The published OpenAPI document (src/Lscp.Http/openapi/v1.json) through two linters that are not ours: Redocly's
# recommended rules (two off, each with its reason in redocly.yaml) and Spectral's spectral:oas. Any error or warning fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
document="${LINT_DOCUMENT:-$here/../../src/Lscp.Http/openapi/v1.json}"
# Redocly exits 0 on warnings: its report is read, and a warning fails as an error does.
report=$(npx --no-install redocly lint --config redocly.yaml --max-problems 100 "$document" 2>&1) || { echo "$report"; exit 1; }
if grep -qiE "warning was generated|error was generated" <<<"$report"; then echo "$report"; exit 1; fi
echo "redocly: no errors, no warnings"
# Spectral fails on errors by default; warnings fail too here.
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity=warn "$document"
