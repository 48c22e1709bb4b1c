#!/usr/bin/env bash
# Generates the static protobuf code and its TypeScript declarations from shared/proto/drover.proto.
# Usage: scripts/gen-proto.sh [OUT_DIR]   (default shared/proto/generated; the staleness test passes a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-shared/proto/generated}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
common=(-t static-module -w es6 --force-number --no-delimited --no-verify --dependency protobufjs/minimal.js)
# pbts reads the JSDoc comments, so the declarations come from a commented build; the shipped JS has none.
npx --no-install pbjs "${common[@]}" -o "$tmp/commented.js" shared/proto/drover.proto
npx --no-install pbts --no-comments -o "$out/drover.d.ts" "$tmp/commented.js"
npx --no-install pbjs "${common[@]}" --no-comments -o "$out/drover.js" shared/proto/drover.proto
