#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it when missing and we are root.
set -euo pipefail
if command -v chromium >/dev/null || [[ -x /usr/bin/chromium ]]; then exit 0; fi
if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Chromium is not installed: installing Debian's chromium package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing. Install it with: sudo apt-get install chromium   (or run the tests as root)" >&2
  exit 1
fi
