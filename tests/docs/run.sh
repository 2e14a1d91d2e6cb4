#!/usr/bin/env bash
# markdownlint (markdownlint-cli2, from npm) over every Markdown file of the repository; the rules are in /.markdownlint-cli2.jsonc.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
cd "$here/../.."
"$here/node_modules/.bin/markdownlint-cli2"
