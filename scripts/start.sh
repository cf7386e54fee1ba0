#!/bin/sh
# `npm start`: set up, then open the desktop app, or the web host where Electron can't run.
set -eu
cd "$(dirname "$0")/.."
. scripts/setup.sh
install_dependencies

# require('electron') fetches the binary on first use; it fails where the network can't.
if node -e "require('electron')" >/dev/null 2>&1; then
  npm run --silent compile
  exec npx electron .
fi
echo "The Electron binary is not available on this machine, so Workability opens in your browser instead."
echo "Open the address below in a browser on this machine."
exec npm run --silent web
