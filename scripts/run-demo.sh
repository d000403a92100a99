#!/usr/bin/env bash
# Installs what is needed, builds, creates a demo store (once) and opens SellerDesk on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
DEMO_DB="${DEMO_DB:-$HOME/.local/share/SellerDesk/demo.sqlite}"
DEFAULT_PASSWORD='demo1234!'
if [ ! -f "$DEMO_DB" ]; then
  SELLERDESK_PASSWORD="${SELLERDESK_PASSWORD:-$DEFAULT_PASSWORD}" \
    ./build/src/cli/sellerdesk-cli --db "$DEMO_DB" demo --orders 5000 --seed 1
fi
echo "SellerDesk demo store: $DEMO_DB"
# Only the documented default is ever printed: a password the user chose stays theirs.
if [ -z "${SELLERDESK_PASSWORD:-}" ]; then
  echo "Login: demo / $DEFAULT_PASSWORD"
else
  echo "Login: demo (with the password in SELLERDESK_PASSWORD)"
fi
unset SELLERDESK_PASSWORD
exec ./build/src/app/sellerdesk --db "$DEMO_DB"
