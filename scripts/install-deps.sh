#!/usr/bin/env bash
# Installs every Debian 12 package SellerDesk needs to build, test and run. Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# qt6-svg-dev: QSvgRenderer for the icons; libqt6svg6 also holds the svg imageformat and iconengine plugins.
# The icons themselves are committed (resources/icons); Debian's bootstrap-icons is only where new ones come from.
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libxlsxwriter-dev libzip-dev libsodium-dev libssl-dev libsqlite3-dev sqlite3
  python3-msoffcrypto-tool
  fonts-noto-cjk xvfb xauth dbus gnome-keyring
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
