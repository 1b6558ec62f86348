#!/usr/bin/env bash
# Make sure Debian's Chromium is installed at /usr/lib/chromium/chromium (the e2e tests and `npm start`
# drive that binary directly; the /usr/bin/chromium wrapper adds flags of its own).
exec bash "$(dirname "$0")/ensure-debian-browser.sh" chromium /usr/lib/chromium/chromium chromium CHROMIUM_PATH
