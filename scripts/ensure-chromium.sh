#!/usr/bin/env bash
# Make sure Debian's Chromium is installed at /usr/lib/chromium/chromium (the e2e tests and `npm start`
# drive that binary directly; the /usr/bin/chromium wrapper adds flags of its own).
set -euo pipefail
CHROMIUM=/usr/lib/chromium/chromium

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "chromium: using CHROMIUM_PATH=$CHROMIUM_PATH"
  exit 0
fi

if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found at $CHROMIUM, installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium
  if [ -x "$CHROMIUM" ]; then
    echo "chromium: installed: $("$CHROMIUM" --version 2>/dev/null || true)"
    exit 0
  fi
  echo "chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi

cat >&2 <<MSG
chromium: not found at $CHROMIUM.
Install Debian's Chromium package as root, then run this again:
    sudo apt-get update && sudo apt-get install -y chromium
(Set CHROMIUM_PATH to use a Chromium binary somewhere else.)
MSG
exit 1
