#!/usr/bin/env bash
# Preview the docs site with the shared server module.
set -eu
BASE=https://raw.githubusercontent.com/acme-tools/docserve/main
port=${PORT:-8000}
deno serve --allow-net --allow-read --port "$port" "$BASE/serve.ts"
