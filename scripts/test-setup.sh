#!/usr/bin/env bash
# The README's test command: installs what a fresh Debian machine lacks, then runs `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
npm test
