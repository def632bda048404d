#!/usr/bin/env bash
# Sets up a fresh machine for the tests: Chromium, PostgreSQL and a CJK font from apt when missing, npm packages,
# and a PostgreSQL server on 127.0.0.1 for the sandbox's second test pass. Prints the TEST_DATABASE_URL.
# Source it (`. scripts/setup.sh`) to keep TEST_DATABASE_URL in your shell.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
# A CJK font, as every Chinese visitor's machine has: Chromium lays out Chinese text with it (not glyph by glyph
# through fallbacks), and `learning-city qr` embeds it in Chinese PDF posters (packages/cli/test/qr.test.ts).
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from apt"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm install --no-audit --no-fund --loglevel=error

# A PostgreSQL server on loopback for the real-server pass of the sandbox tests.
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! as_root pg_lsclusters -h | grep -q online; then
  as_root pg_lsclusters -h | grep -q "^$version main" || as_root pg_createcluster "$version" main >/dev/null
  as_root pg_ctlcluster "$version" main start
fi
as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='lc'\" | grep -q 1 || psql -qc \"CREATE ROLE lc LOGIN SUPERUSER PASSWORD 'lc'\""
as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='lc_test'\" | grep -q 1 || createdb -O lc lc_test"
export TEST_DATABASE_URL="postgres://lc:lc@127.0.0.1:5432/lc_test"
echo "setup: TEST_DATABASE_URL=$TEST_DATABASE_URL"
