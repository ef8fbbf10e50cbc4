#!/usr/bin/env bash
# Browser tests run in Debian's Chromium (Playwright's own browser download is not
# reachable here). Install it when missing and we may; otherwise say what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $browser: install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
