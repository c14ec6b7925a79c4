#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium (/usr/bin/chromium, driven by
# playwright-core) and the Noto CJK fonts (without them Chinese renders as boxes in screenshots).
# Installs what is missing with apt-get when run as root (a fresh CI machine); otherwise says what
# to install and exits 1. Never downloads a browser any other way (no `npx playwright install`).
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

have_chromium() { [ -x "$CHROMIUM" ]; }
# (fc-list into a variable first: with pipefail, `fc-list | grep -q` fails when grep exits early.)
have_cjk_fonts() {
  command -v fc-list >/dev/null 2>&1 || return 1
  local fonts
  fonts="$(fc-list 2>/dev/null || true)"
  grep -qi 'Noto Sans CJK' <<<"$fonts"
}

missing=()
have_chromium || missing+=(chromium)
have_cjk_fonts || missing+=(fonts-noto-cjk)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "[ensureBrowser] Chromium and Noto CJK fonts present."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "[ensureBrowser] Missing for the browser tests: ${missing[*]}." >&2
  echo "[ensureBrowser] Install them as root:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "[ensureBrowser] Missing: ${missing[*]}, and apt-get is not available (not Debian/Ubuntu?)." >&2
  echo "[ensureBrowser] Install Chromium at /usr/bin/chromium (or set CHROMIUM_PATH) and a Noto Sans CJK font." >&2
  exit 1
fi

echo "[ensureBrowser] Installing ${missing[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium fonts-noto-cjk fontconfig
fc-cache -f >/dev/null 2>&1 || true

if ! have_chromium; then
  echo "[ensureBrowser] apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
if ! have_cjk_fonts; then
  echo "[ensureBrowser] apt-get finished but no Noto Sans CJK font is listed by fc-list." >&2
  exit 1
fi
echo "[ensureBrowser] Done."
