#!/usr/bin/env bash
# Takes the screenshots of docs/screenshots from the real app (tests/gui/orders_screenshot over a demo store),
# in Korean, light and dark, at 1366×768 and 1920×1080, plus the empty store, the about box and the audit log.
# Needs a build (scripts/build.sh); runs on Qt's offscreen platform, so no display is needed. The PNGs are
# reduced to 8-bit with pngquant and optipng when they are installed. Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
SHOT="$BUILD_DIR/tests/gui/orders_screenshot"
CLI="$BUILD_DIR/src/cli/sellerdesk-cli"
OUT=docs/screenshots
[ -x "$SHOT" ] && [ -x "$CLI" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LANG=ko_KR.UTF-8 LC_ALL=C.UTF-8
"$CLI" --db "$work/demo.sqlite" --quiet demo --orders 400 >/dev/null
"$CLI" --db "$work/empty.sqlite" --quiet demo --orders 0 >/dev/null
mkdir -p "$OUT"
shot() { # store, file, mode, theme
  "$SHOT" "$work/$1.sqlite" demo 'demo1234!' "$OUT/$2.png" ko "$3" "$4"
  echo "$OUT/$2.png"
}
for theme in light dark; do
  shot demo "orders-1366-$theme" window-1366 "$theme"
  shot demo "orders-1920-$theme" window-1920 "$theme"
  shot empty "empty-$theme" window-1366 "$theme"
done
shot demo about-light about light
shot demo audit-dark audit dark
if command -v pngquant >/dev/null; then
  for f in "$OUT"/*.png; do pngquant --force --skip-if-larger --output "$f" -- "$f" || true; done
fi
if command -v optipng >/dev/null; then optipng -quiet -o2 "$OUT"/*.png || true; fi
