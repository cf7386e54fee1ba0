#!/bin/sh
# `npm test`: every check and every suite, from a fresh clone.
set -eu
cd "$(dirname "$0")/.."
. scripts/setup.sh
ensure_system_packages chromium libreoffice-writer-nogui poppler-utils postgresql
ensure_postgresql
install_dependencies

npm run --silent typecheck
npm run --silent lint
npm run --silent compile
npm run --silent test:unit
npm run --silent test:e2e
