#!/usr/bin/env bash
# The README's cluster command: installs what a fresh Debian machine lacks, then starts the all-in-one cluster
# (`drover dev`: nats-server, master on :5050, one agent). Extra arguments go to `drover dev`,
# e.g. scripts/start-cluster.sh --resources 'cpus:2;mem:2048'.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
exec node bin/drover.js dev "$@"
