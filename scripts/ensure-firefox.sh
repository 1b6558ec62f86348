#!/usr/bin/env bash
# Make sure Debian's Firefox ESR is installed (the Firefox e2e test drives it over WebDriver BiDi with the
# built .output/firefox-mv2 installed as a temporary add-on). Same approach as ensure-chromium.sh.
set -euo pipefail
FIREFOX=/usr/lib/firefox-esr/firefox-esr

if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then
  echo "firefox: using FIREFOX_PATH=$FIREFOX_PATH"
  exit 0
fi

if [ -x "$FIREFOX" ]; then
  echo "firefox: $("$FIREFOX" --version 2>/dev/null || echo present) at $FIREFOX"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "firefox: not found at $FIREFOX, installing Debian's firefox-esr package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends firefox-esr
  if [ -x "$FIREFOX" ]; then
    echo "firefox: installed: $("$FIREFOX" --version 2>/dev/null || true)"
    exit 0
  fi
  echo "firefox: apt-get finished but $FIREFOX is still missing" >&2
  exit 1
fi

cat >&2 <<MSG
firefox: not found at $FIREFOX.
Install Debian's Firefox ESR package as root, then run this again:
    sudo apt-get update && sudo apt-get install -y firefox-esr
(Set FIREFOX_PATH to use a Firefox binary somewhere else.)
MSG
exit 1
