#!/usr/bin/env bash
# Make sure a browser from Debian's packages is installed where the tests drive it, installing the package
# through apt when it is missing and we are root (otherwise say what to install).
#   ensure-debian-browser.sh LABEL BINARY PACKAGE OVERRIDE_VAR
# OVERRIDE_VAR names an environment variable that may point at a binary somewhere else.
set -euo pipefail
LABEL=$1 BINARY=$2 PACKAGE=$3 OVERRIDE_VAR=$4
OVERRIDE=${!OVERRIDE_VAR:-}

if [ -n "$OVERRIDE" ] && [ -x "$OVERRIDE" ]; then
  echo "$LABEL: using $OVERRIDE_VAR=$OVERRIDE"
  exit 0
fi

if [ -x "$BINARY" ]; then
  echo "$LABEL: $("$BINARY" --version 2>/dev/null || echo present) at $BINARY"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "$LABEL: not found at $BINARY, installing Debian's $PACKAGE package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "$PACKAGE"
  if [ -x "$BINARY" ]; then
    echo "$LABEL: installed: $("$BINARY" --version 2>/dev/null || true)"
    exit 0
  fi
  echo "$LABEL: apt-get finished but $BINARY is still missing" >&2
  exit 1
fi

cat >&2 <<MSG
$LABEL: not found at $BINARY.
Install Debian's $PACKAGE package as root, then run this again:
    sudo apt-get update && sudo apt-get install -y $PACKAGE
(Set $OVERRIDE_VAR to use a binary somewhere else.)
MSG
exit 1
