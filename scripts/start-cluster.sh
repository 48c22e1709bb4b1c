#!/usr/bin/env bash
# The README's cluster command: installs what a fresh Debian machine lacks (nats-server from Debian's packages, the
# npm dependencies), then starts the all-in-one cluster (`drover dev`: nats-server, master on :5050, one agent).
# Extra arguments go to `drover dev`, e.g. scripts/start-cluster.sh --resources 'cpus:2;mem:2048'.
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
  npm ci --no-audit --no-fund
fi
exec node bin/drover.js dev "$@"
