#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Drover: nats-server, the Docker engine (docker.io, for the docker
# containerizer), busybox-static (the tests build their image from it: there is no registry), a C compiler (the
# task supervisor is compiled on first use), all Debian packages, and the npm dependencies.
# Run as `bash scripts/install-deps.sh`; it skips whatever is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
missing=()
if ! command -v nats-server >/dev/null && [ ! -x /usr/sbin/nats-server ]; then missing+=(nats-server); fi
if ! command -v dockerd >/dev/null && [ ! -x /usr/sbin/dockerd ]; then missing+=(docker.io); fi
if [ ! -x /usr/bin/busybox ] || ! /usr/bin/busybox --list 2>/dev/null | grep -qx httpd; then missing+=(busybox-static); fi
if ! command -v cc >/dev/null; then missing+=(gcc libc6-dev); fi
# openssl: the health-check tests make a self-signed certificate for their HTTPS server.
if ! command -v openssl >/dev/null; then missing+=(openssl); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm ci` trips over the platform-specific optional packages this lock file leaves out; install keeps the lock.
  npm install --no-audit --no-fund
fi
