#!/usr/bin/env bash
# Make sure Debian's Firefox ESR is installed (the Firefox e2e test drives it over WebDriver BiDi with the
# built .output/firefox-mv2 installed as a temporary add-on).
exec bash "$(dirname "$0")/ensure-debian-browser.sh" firefox /usr/lib/firefox-esr/firefox-esr firefox-esr FIREFOX_PATH
