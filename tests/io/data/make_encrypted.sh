#!/usr/bin/env bash
# Regenerates the password-protected workbooks in tests/io/data/encrypted/ (run by hand, with network
# once for npm; the tests only read the committed files and never run this).
#   tests/io/data/make_encrypted.sh [BUILD_DIR]     (default: build)
# 1. BUILD_DIR/tests/io/make_fixture_xlsx writes plain.xlsx with our own XlsxTableWriter (the rows of
#    tests/io/support/fixture_orders.h);
# 2. npm installs officecrypto-tool 0.0.19 into a temporary folder (test-data time only);
# 3. make_encrypted.mjs encrypts it: agile_ascii.xlsx, agile_korean.xlsx (agile, SHA-512, AES-256,
#    100,000 rounds), standard.xlsx (standard, AES-128-ECB), damaged.xlsx (one cipher byte flipped),
#    truncated.xlsx (cut at 70 %). Passwords are in make_encrypted.mjs and test_office_crypto.cpp.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../../build}"
out="$here/encrypted"
mkdir -p "$out"
"$build/tests/io/make_fixture_xlsx" "$out/plain.xlsx"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent officecrypto-tool@0.0.19 >/dev/null)
OFFICECRYPTO_MODULES="$tmp/node_modules" node "$here/make_encrypted.mjs" "$out"
