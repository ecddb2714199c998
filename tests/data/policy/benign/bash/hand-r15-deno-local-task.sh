#!/usr/bin/env bash
# Lint and test the Deno service.
set -euo pipefail
cd "$(dirname "$0")/.."
deno fmt --check
deno lint
deno test --allow-read=./fixtures --allow-env=TZ tests/
deno run --allow-read scripts/check_schema.ts schema/*.json
