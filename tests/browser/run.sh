#!/usr/bin/env bash
# The browser tests: installs Debian's chromium and poppler-utils if missing, then drives the analysts' page with Playwright (see page.test.mjs).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > /dev/null
fi
# pdftotext and pdftoppm read the printed compliance report back (poppler's, not ours).
if ! command -v pdftotext > /dev/null || ! command -v pdftoppm > /dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils) > /dev/null
fi
npm ci --no-audit --no-fund --loglevel=error
node --test page.test.mjs
