#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Drover: nats-server (Debian package) and the npm dependencies.
# Run as `bash scripts/install-deps.sh`; it skips whatever is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if ! command -v nats-server >/dev/null && [ ! -x /usr/sbin/nats-server ]; then
  echo "installing nats-server (Debian package)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nats-server >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm ci` trips over the platform-specific optional packages this lock file leaves out; install keeps the lock.
  npm install --no-audit --no-fund
fi
