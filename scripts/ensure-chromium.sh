#!/usr/bin/env bash
# Browser tests drive Debian's Chromium in its headless build (the chromium-headless-shell package:
# the same engine without the desktop browser around it, about a quarter quicker through the
# journeys); install it when missing and we are root.
set -euo pipefail
if [[ -x /usr/bin/chromium-headless-shell ]]; then exit 0; fi
if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Chromium's headless build is not installed: installing Debian's chromium-headless-shell package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
else
  echo "Chromium's headless build is missing. Install it with: sudo apt-get install chromium-headless-shell   (or run the tests as root)" >&2
  exit 1
fi
