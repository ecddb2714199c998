#!/usr/bin/env bash
# Format check with the team's shared Deno task (pinned by tag).
set -euo pipefail
TASK_URL="https://deno.land/x/teamfmt@v1.4.2/check.ts"
deno run --allow-all --quiet "$TASK_URL" -- "${@:-.}"
